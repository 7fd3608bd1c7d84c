package io.jfio.engine.ioengine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A loop block device over a file, for tests of block-device paths (needs root and losetup; returns
 * null when either is missing so the caller can skip). Single-threaded.
 */
final class LoopDevice implements AutoCloseable {

    private final String device;

    private LoopDevice(String device) {
        this.device = device;
    }

    /** Attaches {@code backingFile}; null if this machine cannot. */
    static LoopDevice attach(Path backingFile) {
        try {
            Process process = new ProcessBuilder("losetup", "-f", "--show", backingFile.toString())
                    .redirectErrorStream(true).start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.exitValue() == 0 && out.startsWith("/dev/loop") ? new LoopDevice(out) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    String path() {
        return device;
    }

    @Override
    public void close() throws Exception {
        Process process = new ProcessBuilder("losetup", "-d", device).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}

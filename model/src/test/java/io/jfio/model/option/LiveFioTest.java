package io.jfio.model.option;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the catalog against the fio 3.33 installed here; skipped where there is none. */
class LiveFioTest {

    private static String fio(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("fio");
        command.addAll(Arrays.asList(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        } catch (IOException noFio) {
            return null;
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            return null;
        }
        return out;
    }

    private static void assumeFio333(Path workDir) throws IOException, InterruptedException {
        String version = fio(workDir, "--version");
        assumeTrue(version != null && version.strip().equals("fio-3.33"), "fio 3.33 is not installed");
    }

    @Test
    void installedFioListsTheGoldenGeneralOptions(@TempDir Path workDir) throws Exception {
        assumeFio333(workDir);
        assertEquals(Golden.lines("fio-cmdhelp-all.txt"), fio(workDir, "--cmdhelp=all").lines().toList());
    }

    @Test
    void installedFioAppliesOptionsInPriorityOrder(@TempDir Path workDir) throws Exception {
        assumeFio333(workDir);
        List<String> fileOrder = List.of("hipri", "filename", "size", "ioengine", "kb_base", "write_lat_log",
                "fixedbufs", "filename_format", "blocksize", "lockfile", "rw", "directory");
        List<String> values = List.of("hipri", "filename=probe.dat", "size=1m", "ioengine=io_uring", "kb_base=1000",
                "write_lat_log=lat", "fixedbufs", "filename_format=f.$jobnum", "blocksize=8k", "lockfile=exclusive",
                "rw=randread", "directory=.");
        Path job = workDir.resolve("order.fio");
        Files.writeString(job, "[order]\n" + String.join("\n", values) + "\n");
        String showcmd = fio(workDir, "--showcmd", job.toString());
        assertNotNull(showcmd, "fio --showcmd rejected the job");
        List<String> fioOrder = new ArrayList<>();
        for (String token : showcmd.strip().split("\\s+")) {
            if (token.startsWith("--") && !token.startsWith("--name=")) {
                fioOrder.add(token.substring(2).split("=", 2)[0]);
            }
        }
        List<OptionSpec> specs = new ArrayList<>(fileOrder.stream()
                .map(key -> Options.catalog().lookup(key).orElseThrow()).toList());
        specs.sort(OptionSpec.PARSE_ORDER);
        assertEquals(fioOrder, specs.stream().map(OptionSpec::name).toList());
    }
}

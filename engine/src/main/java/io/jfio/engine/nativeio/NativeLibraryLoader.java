package io.jfio.engine.nativeio;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Loads jfio's JNI library ({@code libjfio.so}, built into the engine's classes by
 * {@code engine/src/main/c/build-native.sh}) once per process. From a jar it is copied into a directory
 * of this user's own under {@code java.io.tmpdir} (mode 700, never another user's) under a name holding its
 * checksum, so concurrent jfio processes share one copy. {@code -Djfio.native=jna} skips it. Any failure
 * leaves JNA in charge and says why in {@link #status()}. Any thread.
 */
public final class NativeLibraryLoader {

    /** What was loaded: {@code jni} true when the JNI stubs are usable; {@code detail} says which or why not. */
    public record Status(boolean jni, String detail) {
    }

    static final String PROPERTY = "jfio.native";
    private static final Status STATUS = load();

    private NativeLibraryLoader() {
    }

    /** Whether the JNI stubs are in use, and why not when they are not. */
    public static Status status() {
        return STATUS;
    }

    static String resourceName(String osArch) {
        String arch = switch (osArch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> osArch;
        };
        return "native/linux-" + arch + "/libjfio.so";
    }

    private static Status load() {
        if ("jna".equalsIgnoreCase(System.getProperty(PROPERTY, ""))) {
            return new Status(false, "JNA (-D" + PROPERTY + "=jna)");
        }
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return new Status(false, "JNA (not Linux)");
        }
        String name = resourceName(System.getProperty("os.arch", ""));
        URL url = NativeLibraryLoader.class.getResource(name);
        if (url == null) {
            return new Status(false, "JNA (libjfio.so was not built: no C compiler at build time)");
        }
        try {
            Path library = "file".equals(url.getProtocol()) ? Path.of(url.toURI()) : extract(url);
            System.load(library.toString());
            int abi = JniCalls.abiVersion();
            if (abi != JniCalls.ABI_VERSION) {
                return new Status(false, "JNA (libjfio.so has interface " + abi + ", expected " + JniCalls.ABI_VERSION + ")");
            }
            return new Status(true, "JNI (" + library + ")");
        } catch (IOException | URISyntaxException | RuntimeException | UnsatisfiedLinkError e) {
            return new Status(false, "JNA (libjfio.so did not load: " + e.getMessage() + ")");
        }
    }

    private static Path extract(URL url) throws IOException {
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        Path dir = privateDirectory();
        Path target = dir.resolve(String.format(Locale.ROOT, "libjfio-%08x-%d.so", crc.getValue(), bytes.length));
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
            return target;
        }
        Path temp = Files.createTempFile(dir, "libjfio", ".tmp");
        Files.write(temp, bytes);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    // A shared /tmp must not let another user plant the library: use our own 700 directory, or a fresh one.
    private static Path privateDirectory() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
        Path dir = tmp.resolve("jfio-native-" + user);
        if (!Files.exists(dir)) {
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another jfio made it: checked below like any existing one
            }
        }
        boolean ours = Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && Files.getOwner(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))
                && PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)).equals("rwx------");
        if (ours) {
            return dir;
        }
        Path fresh = Files.createTempDirectory("jfio-native");
        fresh.toFile().deleteOnExit();
        return fresh;
    }
}

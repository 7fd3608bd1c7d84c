package io.jfio.engine.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.jfio.model.option.Options;

/**
 * The engine and the model must run headless: no class of theirs may reference a JavaFX type. Scans the
 * compiled classes (a reference to javafx appears as "javafx/" in a class file's constant pool).
 */
class NoJavaFxBelowAppTest {

    private static final byte[] JAVAFX = "javafx/".getBytes(StandardCharsets.US_ASCII);

    @Test
    void modelClassesReferenceNoJavaFx() throws Exception {
        assertNoJavaFx(codeLocation(Options.class));
    }

    @Test
    void engineClassesReferenceNoJavaFx() throws Exception {
        assertNoJavaFx(codeLocation(NoJavaFxBelowAppTest.class).resolveSibling("classes"));
    }

    @Test
    void scannerFindsAJavaFxReference() {
        byte[] classBytes = "\u0001\u0000\u001Ajavafx/application/Platform".getBytes(StandardCharsets.US_ASCII);
        assertTrue(contains(classBytes, JAVAFX));
    }

    private static Path codeLocation(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static void assertNoJavaFx(Path location) throws IOException {
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                    scanned++;
                    if (contains(Files.readAllBytes(file), JAVAFX)) {
                        offenders.add(location.relativize(file).toString());
                    }
                }
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().endsWith(".class")) {
                        scanned++;
                        try (InputStream in = jar.getInputStream(entry)) {
                            if (contains(in.readAllBytes(), JAVAFX)) {
                                offenders.add(entry.getName());
                            }
                        }
                    }
                }
            }
        }
        assertTrue(scanned > 0, "no classes found under " + location);
        assertEquals(List.of(), offenders, "classes below app reference JavaFX");
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

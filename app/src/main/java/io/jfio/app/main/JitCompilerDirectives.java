package io.jfio.app.main;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * While a run is on, leaves the JIT's optimizing compiler (C2) to the engine: the interface's own code (JavaFX's
 * scene graph, controls, CSS and charts, this application, ControlsFX, RichTextFX) is then compiled by C1 only,
 * through a HotSpot compiler directive added at the run's start and removed at its end (as
 * {@code jcmd PID Compiler.directives_add FILE} and {@code Compiler.directives_remove} would).
 *
 * <p>Why: measured from {@code /proc} on a 2-core VM, during a 10 s null run from a fresh window the C2 compiler
 * used 4.3 s of CPU (about 250 compilations of interface methods, many compiled, thrown away and compiled
 * again as each window took new paths), against 0.6 s for the JavaFX thread itself, and its queue stayed long.
 * The engine's hot methods wait in that queue: with {@code numjobs=2} (both CPUs busy, the compilers at nice
 * 10, see {@link JitCompilerPriority}) a GUI run stayed at 0.3-0.5 of the command line's IOPS for 7 s of its
 * 10. With interface code kept out of C2 during the run, C2 used 0.8-1.4 s and such runs reached 0.47-0.92.
 * The interface's code runs once a frame, not once an I/O: C1's code is quick enough for it, and whatever C2
 * compiled at idle (the warm-ups) is kept. JavaFX's rasterizer and renderer (Prism, Marlin) are not matched.
 *
 * <p>The packaged runtime needs the {@code jdk.management} and {@code jdk.jfr} modules: without {@code jdk.jfr}
 * the DiagnosticCommand MBean lists no operations. The directive's file is written once, to a private temporary file deleted when the JVM exits (the
 * diagnostic command reads directives only from a file). {@code -Djfio.jit.directives=false} leaves the JIT
 * alone. {@link #prepare} on any thread, early; {@link #interfaceOnC1Only} and {@link #interfaceOnC2Too} on the
 * run's thread (never the JavaFX thread: they call into the JVM's management server).
 */
public final class JitCompilerDirectives {

    /** Class-name prefixes of the interface's code, in the directive's pattern form (slashes, {@code *}). */
    static final List<String> INTERFACE_CODE = List.of(
            "javafx/*", "com/sun/javafx/*", "com/sun/glass/*", "com/sun/scenario/*",
            "io/jfio/app/*", "org/controlsfx/*", "org/fxmisc/*", "org/reactfx/*");

    private static final String DIAGNOSTIC_COMMAND = "com.sun.management:type=DiagnosticCommand";

    private final MBeanServer server;
    private final Path file;
    private final String account;
    private boolean added;

    private JitCompilerDirectives(MBeanServer server, Path file, String account) {
        this.server = server;
        this.file = file;
        this.account = account;
    }

    /** The directive: every method of those classes excluded from C2 (so compiled by C1 without profiling). */
    static String directive() {
        String patterns = INTERFACE_CODE.stream().map(p -> "\"" + p + ".*\"").collect(Collectors.joining(", "));
        return "[ { match: [" + patterns + "], c2: { Exclude: true } } ]\n";
    }

    /**
     * Writes the directive's file and checks that this JVM takes it (added and removed once). Never throws: a
     * JVM that cannot take it (another vendor's, no management module, no temporary directory) gives an
     * instance that does nothing and says why in {@link #account}.
     */
    public static JitCompilerDirectives prepare() {
        if (!Boolean.parseBoolean(System.getProperty("jfio.jit.directives", "true"))) {
            return new JitCompilerDirectives(null, null, "the JIT compiles the interface with C2 during runs too "
                    + "(jfio.jit.directives=false)");
        }
        Path file = null;
        try {
            file = Files.createTempFile("jfio-jit-", ".json");
            file.toFile().deleteOnExit();
            Files.writeString(file, directive());
            JitCompilerDirectives directives = new JitCompilerDirectives(ManagementFactory.getPlatformMBeanServer(),
                    file, "during runs the interface's code is compiled by C1 only, C2 is left to the engine");
            directives.interfaceOnC1Only();
            directives.interfaceOnC2Too();
            return directives;
        } catch (IOException | JMException | RuntimeException e) {
            if (file != null) {
                file.toFile().delete();
            }
            return new JitCompilerDirectives(null, null, "no JIT directive for runs: " + e);
        }
    }

    /** One line for the log: what this does on this JVM. */
    public String account() {
        return account;
    }

    /** Keeps the interface's code out of C2 from now on, once; does nothing if {@link #prepare} failed. */
    public synchronized void interfaceOnC1Only() throws JMException {
        if (server == null || added) {
            return;
        }
        String said = invoke("compilerDirectivesAdd", file.toString());
        if (!said.startsWith("1 compiler directives added")) {
            throw new JMException("the JVM did not take the directive: " + said);
        }
        added = true;
    }

    /** Removes what {@link #interfaceOnC1Only} added, if it did. */
    public synchronized void interfaceOnC2Too() throws JMException {
        if (!added) {
            return;
        }
        invoke("compilerDirectivesRemove");
        added = false;
    }

    private String invoke(String operation, String... arguments) throws JMException {
        Object answer = server.invoke(new ObjectName(DIAGNOSTIC_COMMAND), operation,
                new Object[] {arguments}, new String[] {String[].class.getName()});
        return String.valueOf(answer).strip();
    }
}

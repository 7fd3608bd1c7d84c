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
 * compiled at idle (the warm-ups) is kept. JavaFX's renderer (Prism) is not matched.
 *
 * <p>JavaFX's rasterizer (Marlin, {@code com/sun/marlin}) is kept out of C2 for the whole session by a second
 * directive, added once and never removed. Why: JFR's compilation events over a 10 s run from the window showed
 * C2 compiling Marlin's main loop, {@code Renderer._endRendering}, seven times, 262-614 ms each, about
 * 3 s of CPU, most of them thrown away again within seconds as a frame's lines took a branch the last
 * compile had not seen ({@code unstable_if}, {@code loop_limit_check}). The render thread used 0.3-0.7 s of
 * CPU in a run either way, so C1's code for Marlin is quick enough; C2's CPU in a run fell from 1.7-3.4 s to
 * 0.6-1.7 s. Excluding it only during runs was tried first: HotSpot then marks the
 * method not compilable by C2 for good anyway, so this says so from the start.
 *
 * <p>The packaged runtime needs the {@code jdk.management} and {@code jdk.jfr} modules: without {@code jdk.jfr}
 * the DiagnosticCommand MBean lists no operations. The run's directive is written once, to a private temporary
 * file deleted when the JVM exits (the diagnostic command reads directives only from a file).
 * {@code -Djfio.jit.directives=false} leaves the JIT alone; {@code -Djfio.jit.rasterizer=c2} leaves Marlin to
 * C2. {@link #prepare} on any thread, early, before anything is drawn; {@link #interfaceOnC1Only} and
 * {@link #interfaceOnC2Too} on the run's thread (never the JavaFX thread: they call into the JVM's management
 * server).
 */
public final class JitCompilerDirectives {

    /** Class-name prefixes of the interface's code, in the directive's pattern form (slashes, {@code *}). */
    static final List<String> INTERFACE_CODE = List.of(
            "javafx/*", "com/sun/javafx/*", "com/sun/glass/*", "com/sun/scenario/*",
            "io/jfio/app/*", "org/controlsfx/*", "org/fxmisc/*", "org/reactfx/*");

    /** Class-name prefixes of JavaFX's rasterizer, kept out of C2 for good. */
    static final List<String> RASTERIZER_CODE = List.of("com/sun/marlin/*");

    private static final String DIAGNOSTIC_COMMAND = "com.sun.management:type=DiagnosticCommand";

    /** Whether this JVM holds the rasterizer's directive (added by the first {@link #prepare}). */
    private static boolean rasterizerOnC1Only;

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
        return excludedFromC2(INTERFACE_CODE);
    }

    /** The rasterizer's directive, in the same form. */
    static String rasterizerDirective() {
        return excludedFromC2(RASTERIZER_CODE);
    }

    private static String excludedFromC2(List<String> classes) {
        String patterns = classes.stream().map(p -> "\"" + p + ".*\"").collect(Collectors.joining(", "));
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
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            // Added first, while no run's directive is on the stack (a removal takes the topmost).
            String rasterizer = rasterizerOnC1Only(server);
            JitCompilerDirectives directives = new JitCompilerDirectives(server, file,
                    "during runs the interface's code is compiled by C1 only, C2 is left to the engine; " + rasterizer);
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

    /** Adds the rasterizer's directive, once per JVM; returns what it did, for the account. */
    private static synchronized String rasterizerOnC1Only(MBeanServer server) throws IOException, JMException {
        if ("c2".equals(System.getProperty("jfio.jit.rasterizer"))) {
            return "JavaFX's rasterizer is compiled by C2 too (jfio.jit.rasterizer=c2)";
        }
        if (!rasterizerOnC1Only) {
            Path file = Files.createTempFile("jfio-jit-rasterizer-", ".json");
            try {
                Files.writeString(file, rasterizerDirective());
                expectAdded(invoke(server, "compilerDirectivesAdd", file.toString()));
            } finally {
                Files.deleteIfExists(file); // the JVM has read it
            }
            rasterizerOnC1Only = true;
        }
        return "JavaFX's rasterizer (Marlin) is compiled by C1 only";
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
        expectAdded(invoke(server, "compilerDirectivesAdd", file.toString()));
        added = true;
    }

    /** Removes what {@link #interfaceOnC1Only} added, if it did. */
    public synchronized void interfaceOnC2Too() throws JMException {
        if (!added) {
            return;
        }
        invoke(server, "compilerDirectivesRemove");
        added = false;
    }

    private static void expectAdded(String said) throws JMException {
        if (!said.startsWith("1 compiler directives added")) {
            throw new JMException("the JVM did not take the directive: " + said);
        }
    }

    private static String invoke(MBeanServer server, String operation, String... arguments) throws JMException {
        Object answer = server.invoke(new ObjectName(DIAGNOSTIC_COMMAND), operation,
                new Object[] {arguments}, new String[] {String[].class.getName()});
        return String.valueOf(answer).strip();
    }
}

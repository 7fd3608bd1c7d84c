package io.jfio.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

import javax.management.ObjectName;

import org.junit.jupiter.api.Test;

/** The run-time directive that keeps the interface's code out of C2 during runs, on this (HotSpot) JVM. */
class JitCompilerDirectivesTest {

    private static String printedDirectives() throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    }

    @Test
    void theDirectiveExcludesTheInterfacePackagesFromC2() {
        assertEquals("[ { match: [\"javafx/*.*\", \"com/sun/javafx/*.*\", \"com/sun/glass/*.*\", "
                + "\"com/sun/scenario/*.*\", \"io/jfio/app/*.*\", \"org/controlsfx/*.*\", \"org/fxmisc/*.*\", "
                + "\"org/reactfx/*.*\"], c2: { Exclude: true } } ]\n", JitCompilerDirectives.directive());
    }

    @Test
    void theJvmHoldsTheDirectiveOnlyBetweenOnC1OnlyAndOnC2Too() throws Exception {
        JitCompilerDirectives directives = JitCompilerDirectives.prepare();
        assertTrue(directives.account().startsWith("during runs the interface's code is compiled by C1 only"),
                directives.account());
        assertFalse(printedDirectives().contains("io/jfio/app/*.*"), "prepare leaves no directive behind");
        directives.interfaceOnC1Only();
        directives.interfaceOnC1Only(); // once only
        String during = printedDirectives();
        assertTrue(during.contains("io/jfio/app/*.*") && during.contains("javafx/*.*"), during);
        assertEquals(1, during.split("io/jfio/app/\\*\\.\\*", -1).length - 1, during);
        directives.interfaceOnC2Too();
        assertFalse(printedDirectives().contains("io/jfio/app/*.*"));
    }

    @Test
    void theRasterizerDirectiveExcludesMarlinFromC2() {
        assertEquals("[ { match: [\"com/sun/marlin/*.*\"], c2: { Exclude: true } } ]\n",
                JitCompilerDirectives.rasterizerDirective());
    }

    @Test
    void prepareKeepsTheRasterizerOutOfC2ForGoodOncePerJvm() throws Exception {
        JitCompilerDirectives first = JitCompilerDirectives.prepare();
        assertTrue(first.account().endsWith("JavaFX's rasterizer (Marlin) is compiled by C1 only"), first.account());
        JitCompilerDirectives.prepare();
        first.interfaceOnC1Only();
        first.interfaceOnC2Too(); // a run's end removes the run's directive only
        String printed = printedDirectives();
        assertEquals(1, printed.split("com/sun/marlin/\\*\\.\\*", -1).length - 1, printed);
        assertFalse(printed.contains("io/jfio/app/*.*"), printed);
    }

    @Test
    void theRasterizerIsLeftToC2WhenAskedTo() {
        System.setProperty("jfio.jit.rasterizer", "c2");
        try {
            JitCompilerDirectives directives = JitCompilerDirectives.prepare();
            assertTrue(directives.account().endsWith("compiled by C2 too (jfio.jit.rasterizer=c2)"),
                    directives.account());
        } finally {
            System.clearProperty("jfio.jit.rasterizer");
        }
    }

    @Test
    void turnedOffByTheProperty() {
        System.setProperty("jfio.jit.directives", "false");
        try {
            JitCompilerDirectives directives = JitCompilerDirectives.prepare();
            assertTrue(directives.account().endsWith("(jfio.jit.directives=false)"), directives.account());
        } finally {
            System.clearProperty("jfio.jit.directives");
        }
    }
}

package io.jfio.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class AutomatedRunRequestTest {

    @Test
    void theBenchmarksCommandLineIsRead() {
        AutomatedRun.Request request = AutomatedRun.Request.parse(
                List.of("--gui", "--run", "bench/job.fio", "--exit-when-done", "--json", "/tmp/out.json"));
        assertEquals(new AutomatedRun.Request(Path.of("bench/job.fio"), true, Path.of("/tmp/out.json"), false), request);
        assertEquals(new AutomatedRun.Request(Path.of("a.fio"), false, null, false), AutomatedRun.Request.parse(List.of("--run", "a.fio")));
    }

    @Test
    void writingUnattendedNeedsAllowWrites() {
        assertEquals(new AutomatedRun.Request(Path.of("w.fio"), true, null, true),
                AutomatedRun.Request.parse(List.of("--run", "w.fio", "--allow-writes", "--exit-when-done")));
    }

    @Test
    void aMissingJobFileOrAnUnknownArgumentIsOneLine() {
        assertEquals("--run needs a job file (" + AutomatedRun.USAGE + ")", assertThrows(IllegalArgumentException.class,
                () -> AutomatedRun.Request.parse(List.of("--gui", "--exit-when-done"))).getMessage());
        assertEquals("--json needs a file name (" + AutomatedRun.USAGE + ")", assertThrows(IllegalArgumentException.class,
                () -> AutomatedRun.Request.parse(List.of("--run", "a.fio", "--json"))).getMessage());
        assertEquals("unknown argument --fast (" + AutomatedRun.USAGE + ")", assertThrows(IllegalArgumentException.class,
                () -> AutomatedRun.Request.parse(List.of("--run", "a.fio", "--fast"))).getMessage());
    }
}

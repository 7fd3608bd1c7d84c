package io.jfio.engine.ioengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jfio.engine.nativeio.Errno;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hipri: io_uring's IOPOLL ring refuses buffered I/O with an explained error; pvsync2 accepts it. */
class HipriTest {

    @TempDir
    Path directory;

    private IoUnit runOneRead(String engineName, boolean direct) throws Exception {
        EngineInfo info = IoEngines.require(engineName);
        assumeTrue(info.isAvailable(), info::unavailableReason);
        Path path = TestFiles.allocatedFile(directory, "f", 1 << 16);
        try (IoUnitSet units = IoUnitSet.allocate(2, 4096, 4096);
             IoEngine engine = info.create(EngineOptions.defaults().withHipri(true), units)) {
            IoFile file = engine.openFile(FileOpenSpec.forReading(path.toString()).withDirect(direct));
            IoUnit[] seen = new IoUnit[1];
            String[] described = new String[1];
            EngineDriver.run(engine, units, file, List.of(new EngineDriver.Io(IoDirection.READ, 4096, 4096)), 1,
                    (unit, io) -> { }, unit -> {
                        seen[0] = unit;
                        described[0] = engine.describeError(unit);
                    });
            engine.closeFile(file);
            assertEquals(0, engine.outstanding());
            lastDescription = described[0];
            return seen[0];
        }
    }

    private String lastDescription;

    @Test
    void ioUringHipriOnBufferedFileFailsWithExplainedEopnotsupp() throws Exception {
        IoUnit unit = runOneRead("io_uring", false);
        assertEquals(Errno.EOPNOTSUPP, unit.errorNumber());
        assertEquals("Operation not supported (hipri/IORING_SETUP_IOPOLL needs direct=1 on a device with poll queues)",
                lastDescription);
    }

    @Test
    void pvsync2HipriReadCompletesOnBufferedFile() throws Exception {
        IoUnit unit = runOneRead("pvsync2", false);
        assertEquals(4096, unit.resultBytes());
        assertTrue(unit.completionNanos() >= unit.issueNanos());
    }
}

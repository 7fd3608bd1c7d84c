package io.jfio.engine.ioengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jfio.engine.nativeio.AlignedBuffer;
import io.jfio.engine.nativeio.NativeMemory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every data engine writes a known pattern at known (shuffled) offsets and reads it back intact, at
 * iodepth 1 and 32; asynchronous engines must really hold several I/Os at once.
 */
class EngineRoundTripTest {

    private static final int BLOCKS = 256;

    @TempDir
    Path directory;

    static Stream<Arguments> enginesAndDepths() {
        List<Arguments> cases = new ArrayList<>();
        String[] engines = {"sync", "psync", "vsync", "pvsync", "pvsync2", "libaio", "io_uring", "mmap", "posixaio"};
        for (String engine : engines) {
            for (int depth : new int[] {1, 32}) {
                cases.add(Arguments.of(engine, depth, EngineOptions.defaults(), "defaults"));
            }
        }
        EngineOptions d = EngineOptions.defaults();
        cases.add(Arguments.of("io_uring", 32, d.withFixedBufs(true), "fixedbufs"));
        cases.add(Arguments.of("io_uring", 32, d.withRegisterFiles(true), "registerfiles"));
        cases.add(Arguments.of("io_uring", 32, d.withSqThreadPoll(true), "sqthread_poll"));
        cases.add(Arguments.of("io_uring", 32, d.withSqThreadPoll(true).withFixedBufs(true).withRegisterFiles(true)
                .withSqThreadPollCpu(0), "sqthread_poll+fixedbufs+registerfiles+cpu0"));
        cases.add(Arguments.of("io_uring", 1, d.withFixedBufs(true).withRegisterFiles(true), "fixedbufs+registerfiles"));
        cases.add(Arguments.of("pvsync2", 1, d.withHipri(true), "hipri buffered"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} iodepth={1} {3}")
    @MethodSource("enginesAndDepths")
    void writesPatternAndReadsItBack(String engineName, int depth, EngineOptions options, String label)
            throws Exception {
        EngineInfo info = IoEngines.require(engineName);
        assumeTrue(info.isAvailable(), () -> engineName + " unavailable: " + info.unavailableReason());
        Path path = TestFiles.sizedFile(directory, "data", (long) BLOCKS * TestFiles.BLOCK);
        try (IoUnitSet units = IoUnitSet.allocate(depth, TestFiles.BLOCK, 4096);
             AlignedBuffer scratch = AlignedBuffer.allocatePageAligned(TestFiles.BLOCK);
             IoEngine engine = info.create(options, units)) {
            IoFile file = engine.openFile(FileOpenSpec.forWriting(path.toString()));
            EngineDriver.Stats writes = EngineDriver.run(engine, units, file,
                    TestFiles.shuffledBlocks(IoDirection.WRITE, BLOCKS, 1), 1,
                    (unit, io) -> TestFiles.fillBlock(unit.dataAddress(), io.offsetBytes(), io.lengthBytes()),
                    unit -> assertEquals(TestFiles.BLOCK, unit.resultBytes(), () -> unit + " " + engine.describeError(unit)));
            int[] mismatches = {0};
            EngineDriver.Stats reads = EngineDriver.run(engine, units, file,
                    TestFiles.shuffledBlocks(IoDirection.READ, BLOCKS, 2), 4,
                    (unit, io) -> NativeMemory.fill(unit.dataAddress(), io.lengthBytes(), (byte) 0x5A), // stale data must not pass
                    unit -> {
                        assertEquals(TestFiles.BLOCK, unit.resultBytes(), () -> unit + " " + engine.describeError(unit));
                        if (!TestFiles.holdsBlock(unit.dataAddress(), unit.offsetBytes(), unit.lengthBytes(), scratch)) {
                            mismatches[0]++;
                        }
                    });
            engine.closeFile(file);
            assertEquals(BLOCKS, writes.completed());
            assertEquals(BLOCKS, reads.completed());
            assertEquals(0, mismatches[0], "blocks read back with wrong content");
            assertEquals(0, engine.outstanding());
            if (depth > 1 && info.has(Capability.ASYNCHRONOUS)) {
                assertEquals(depth, reads.maxOutstanding(), "an async engine must hold iodepth I/Os at once");
                assertEquals(depth, writes.maxOutstanding(), "an async engine must hold iodepth I/Os at once");
            }
            if (info.has(Capability.SYNCHRONOUS)) {
                assertEquals(0, reads.maxOutstanding(), "a synchronous engine completes inside queue");
            }
        }
    }
}

package io.jfio.engine.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sequential jobs plan exactly the offsets, sizes and syncs fio 3.33 issues: each case is compared with
 * fio's own write_iolog of the same job (golden/*.iolog, made by golden/generate.sh).
 */
class SequentialGoldenTest {
    private static final long K = 1024;

    static Stream<Arguments> cases() {
        return Stream.of(
                golden("seq-read-loops2", 1, 64 * K, b -> b.loops(2)),
                golden("seq-read-size-not-multiple", 1, 41 * K, b -> b),
                golden("seq-write-size-not-multiple", 1, 10 * K, b -> b.pattern(RwPattern.WRITE)),
                golden("seq-read-holes-end-exactly", 1, 36 * K, b -> b.rwModifier(4 * K)),
                golden("seq-read-holes-wrap", 1, 40 * K, b -> b.rwModifier(4 * K)),
                golden("seq-read-holes-no-fit", 1, 40 * K, b -> b.rwModifier(9 * K)),
                golden("seq-read-io-size-wraps", 1, 8 * K, b -> b.ioSizeBytes(20 * K)),
                golden("seq-read-io-size-holes", 1, 36 * K, b -> b.rwModifier(4 * K).ioSizeBytes(36 * K)),
                golden("seq-read-io-size-overshoot", 1, 16 * K, b -> b.ioSizeBytes(10 * K)),
                golden("seq-zones-skip", 1, 64 * K, b -> b.zones(8 * K, 16 * K, 8 * K)),
                golden("seq-zones-larger-than-range", 1, 64 * K, b -> b.zones(24 * K, 16 * K, 0)),
                golden("seq-write-fsync", 1, 64 * K, b -> b.pattern(RwPattern.WRITE).fsyncEveryWrites(3)),
                golden("seq-write-fsync-loops", 1, 16 * K,
                        b -> b.pattern(RwPattern.WRITE).fsyncEveryWrites(3).loops(2)),
                golden("seq-write-fdatasync-not-after-last", 1, 8 * K,
                        b -> b.pattern(RwPattern.WRITE).fdatasyncEveryWrites(1)),
                golden("trimwrite", 1, 16 * K, b -> b.pattern(RwPattern.TRIMWRITE)),
                golden("two-files-roundrobin", 2, 8 * K, b -> b),
                golden("two-files-sequential", 2, 8 * K,
                        b -> b.fileService(FileServiceType.SEQUENTIAL, 1, DistributionSpec.uniform())),
                golden("number-ios-times-loops", 1, 16 * K, b -> b.numberIos(3).loops(2)),
                golden("seq-read-io-size-loops2", 1, 16 * K, b -> b.ioSizeBytes(12 * K).loops(2)),
                golden("seq-read-backwards", 1, 64 * K, b -> b.rwModifier(-8 * K)),
                golden("seq-read-backwards-loops2", 1, 64 * K, b -> b.rwModifier(-8 * K).loops(2)),
                golden("seq-write-backwards-wrap", 1, 64 * K, b -> b.pattern(RwPattern.WRITE).rwModifier(-12 * K)),
                golden("seq-read-backwards-same-block", 1, 16 * K, b -> b.rwModifier(-4 * K)),
                golden("seq-read-backwards-size-not-multiple", 1, 41 * K, b -> b.rwModifier(-8 * K)),
                golden("seq-read-backwards-io-size", 1, 40 * K, b -> b.rwModifier(-8 * K).ioSizeBytes(80 * K)),
                golden("seq-read-backwards-exhausts-loops3", 1, 48 * K,
                        b -> b.rwModifier(-8 * K).blockSize(BlockSizeSpec.fixed(16 * 1024)).loops(3)),
                golden("seq-read-bs-per-direction-write", 1, 64 * K,
                        b -> b.pattern(RwPattern.WRITE).blockSize(DataDirection.WRITE, BlockSizeSpec.fixed(16 * 1024))));
    }

    private static Arguments golden(String name, int files, long bytesPerFile, UnaryOperator<WorkloadSpec.Builder> options) {
        return Arguments.of(name, files, bytesPerFile, options);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void plansWhatFioIssued(String name, int files, long bytesPerFile, UnaryOperator<WorkloadSpec.Builder> options)
            throws IOException {
        WorkloadSpec spec = options.apply(WorkloadSpec.builder()).build();
        FileRegion[] regions = new FileRegion[files];
        for (int f = 0; f < files; f++) {
            regions[f] = new FileRegion(0, bytesPerFile);
        }
        IoPlanner planner = new IoPlanner(spec, regions, RandomSeeds.repeatable(0));

        List<String> fio = readIolog(name).get(0);

        assertEquals(String.join("\n", fio), String.join("\n", PlannerTrace.ioSteps(planner, 10_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsOneLoopPerFioReopen(String name, int files, long bytesPerFile, UnaryOperator<WorkloadSpec.Builder> options) {
        WorkloadSpec spec = options.apply(WorkloadSpec.builder()).build();
        FileRegion[] regions = new FileRegion[files];
        for (int f = 0; f < files; f++) {
            regions[f] = new FileRegion(0, bytesPerFile);
        }
        List<String> steps = PlannerTrace.run(new IoPlanner(spec, regions, RandomSeeds.repeatable(0)), 10_000);

        assertEquals(spec.loops(), steps.stream().filter("loop-end"::equals).count());
    }

    @org.junit.jupiter.api.Test
    void offsetIncrementMovesEachCloneAsFioDoes() throws IOException {
        Map<Integer, List<String>> fio = readIolog("seq-read-offset-increment");
        WorkloadSpec spec = WorkloadSpec.builder().build();
        FileRegion.RegionOptions options = new FileRegion.RegionOptions(8 * K, 0, 0, 64 * K, 0, 16 * K, 0);

        for (int job = 0; job < 3; job++) {
            FileRegion region = FileRegion.resolve(0, options, job, spec.minBlockBytes());
            IoPlanner planner = new IoPlanner(spec, new FileRegion[] {region}, RandomSeeds.repeatable(job));
            assertEquals(fio.get(job), PlannerTrace.ioSteps(planner, 1000), "job " + job);
        }
    }

    @org.junit.jupiter.api.Test
    void backwardsFromAnOffsetStartsOneStepBeforeLengthMinusOffset() throws IOException {
        WorkloadSpec spec = WorkloadSpec.builder().rwModifier(-8 * K).loops(2).build();
        IoPlanner planner = new IoPlanner(spec, new FileRegion[] {new FileRegion(8 * K, 32 * K)}, RandomSeeds.repeatable(0));
        assertEquals(readIolog("seq-read-backwards-offset-loops2").get(0), PlannerTrace.ioSteps(planner, 1000));
    }

    /** The I/O lines of an iolog per job number, as "file op offset length" ("file sync" for syncs). */
    static Map<Integer, List<String>> readIolog(String name) throws IOException {
        Map<Integer, List<String>> byJob = new TreeMap<>();
        try (InputStream in = SequentialGoldenTest.class.getResourceAsStream("golden/" + name + ".iolog")) {
            if (in == null) {
                throw new IOException("missing golden/" + name + ".iolog");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] t = line.trim().split("\\s+");
                if (t.length < 2 || !t[0].matches("t\\.\\d+\\.\\d+")) {
                    continue;
                }
                String[] fileName = t[0].split("\\.");
                int job = Integer.parseInt(fileName[1]);
                String file = fileName[2];
                String op = t[1];
                String step;
                if (op.equals("read") || op.equals("write") || op.equals("trim")) {
                    step = file + " " + op + " " + t[2] + " " + t[3];
                } else if (op.equals("sync") || op.equals("datasync")) {
                    step = file + " " + op;
                } else {
                    continue;
                }
                byJob.computeIfAbsent(job, j -> new ArrayList<>()).add(step);
            }
        }
        return byJob;
    }
}

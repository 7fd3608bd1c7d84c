package io.jfio.bench;

import io.jfio.engine.workload.FileRegion;
import io.jfio.engine.workload.IoPlanner;
import io.jfio.engine.workload.RandomSeeds;
import io.jfio.engine.workload.RwPattern;
import io.jfio.engine.workload.WorkloadSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * What {@link IoPlanner} costs per I/O: one op is one planned 4 KiB I/O ({@code next()} until it says IO,
 * then its offset and length), on one 1 GiB file of a time_based job, for
 * <ul>
 *   <li>{@code randread}: rw=randread with the random map (norandommap=0), so every block is read once
 *       per pass; the cost includes finding a free block as the map fills and resetting it each pass;</li>
 *   <li>{@code randread-norandommap}: rw=randread with norandommap=1, a bare random offset;</li>
 *   <li>{@code read}: rw=read, sequential.</li>
 * </ul>
 * The LOOP_END step at the end of each pass is folded into the next op, as the worker sees it.
 *
 * <p>Threading: JMH's one benchmark thread per state (the planner is single-threaded like a job's worker).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PlannerBench {

    private static final long FILE_BYTES = 1L << 30;

    @Param({"randread", "randread-norandommap", "read"})
    public String workload;

    private IoPlanner planner;

    @Setup
    public void createPlanner() {
        WorkloadSpec.Builder spec = WorkloadSpec.builder().timeBased(true);
        switch (workload) {
            case "randread" -> spec.pattern(RwPattern.RANDREAD);
            case "randread-norandommap" -> spec.pattern(RwPattern.RANDREAD).noRandomMap(true);
            case "read" -> spec.pattern(RwPattern.READ);
            default -> throw new IllegalArgumentException("unknown workload " + workload);
        }
        planner = new IoPlanner(spec.build(), new FileRegion[] {new FileRegion(0, FILE_BYTES)},
                RandomSeeds.repeatable(0));
    }

    /** One planned I/O; returns its offset plus length so that nothing is dead code. */
    @Benchmark
    public long nextIo() {
        int step = planner.next();
        while (step != IoPlanner.IO) {
            if (step == IoPlanner.DONE) {
                throw new IllegalStateException("a time_based planner ended: " + workload);
            }
            step = planner.next();
        }
        return planner.offsetBytes() + planner.lengthBytes();
    }
}

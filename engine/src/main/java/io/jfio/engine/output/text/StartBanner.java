package io.jfio.engine.output.text;

import io.jfio.engine.output.ReportUnits;
import io.jfio.model.job.JobSpec;
import io.jfio.model.value.BlockSizeSplit;
import io.jfio.model.value.IntegerValue;
import io.jfio.model.value.OptionValue;
import io.jfio.model.value.PerDirection;
import io.jfio.model.value.RangeValue;
import io.jfio.model.value.RwMode;
import io.jfio.model.value.SizeValue;

import java.util.List;
import java.util.Optional;

/**
 * The lines fio's normal output starts with, before the jobs run:
 * <pre>
 * t: (g=0): rw=randread, bs=(R) 4096B-4096B, (W) 4096B-4096B, (T) 4096B-4096B, ioengine=null, iodepth=1
 * ...
 * jfio-0.1.0
 * Starting 2 threads
 * </pre>
 * One line per job section (its first clone), "..." after a section with numjobs above 1, the version,
 * and the number of jobs (jfio runs every job as a thread). Stateless; any thread.
 */
public final class StartBanner {

    private static final long DEFAULT_BLOCK_SIZE = 4096;

    private StartBanner() {
    }

    /** The banner for {@code jobs} (every clone, in job order), with {@code version} as its third part. */
    public static String render(List<JobSpec> jobs, String version) {
        StringBuilder out = new StringBuilder();
        for (JobSpec job : jobs) {
            if (job.instance() != 0) {
                continue;
            }
            out.append(jobLine(job)).append('\n');
            if (job.numjobs() > 1) {
                out.append("...\n");
            }
        }
        out.append(version).append('\n');
        out.append("Starting ").append(jobs.size()).append(jobs.size() == 1 ? " thread" : " threads").append('\n');
        return out.toString();
    }

    /** The first line for one job: its name, group, rw, block sizes, ioengine and iodepth. */
    public static String jobLine(JobSpec job) {
        String rw = job.value("rw", RwMode.class).map(m -> m.pattern().fioName())
                .orElseGet(() -> job.text("rw").orElse("read"));
        String engine = job.text("ioengine").orElse("psync");
        long depth = job.value("iodepth", IntegerValue.class).map(IntegerValue::value).orElse(1L);
        ReportUnits units = ReportUnits.of(job);
        return job.jobName() + ": (g=" + job.groupId() + "): rw=" + rw + ", bs=(R) "
                + blockSizes(job, PerDirection.Direction.READ, units) + ", (W) "
                + blockSizes(job, PerDirection.Direction.WRITE, units) + ", (T) "
                + blockSizes(job, PerDirection.Direction.TRIM, units) + ", ioengine=" + engine
                + ", iodepth=" + depth;
    }

    // bssplit, else bsrange, else bs: the smallest and largest block size of one direction
    private static String blockSizes(JobSpec job, PerDirection.Direction direction, ReportUnits units) {
        Optional<BlockSizeSplit> split = perDirection(job, "bssplit", direction, BlockSizeSplit.class);
        if (split.isPresent() && !split.get().entries().isEmpty()) {
            long min = Long.MAX_VALUE;
            long max = 0;
            for (BlockSizeSplit.Entry e : split.get().entries()) {
                min = Math.min(min, e.blockSizeBytes());
                max = Math.max(max, e.blockSizeBytes());
            }
            return range(min, max, units);
        }
        Optional<RangeValue> range = perDirection(job, "bsrange", direction, RangeValue.class);
        if (range.isPresent()) {
            return range(range.get().low(), range.get().high(), units);
        }
        long bs = perDirection(job, "bs", direction, SizeValue.class).map(SizeValue::bytes).orElse(DEFAULT_BLOCK_SIZE);
        return range(bs, bs, units);
    }

    private static <T extends OptionValue> Optional<T> perDirection(JobSpec job, String name,
                                                                    PerDirection.Direction direction, Class<T> type) {
        Optional<OptionValue> value = job.option(name).map(o -> o.typed());
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Object element = value.get() instanceof PerDirection<?> per ? per.get(direction, null) : value.get();
        return type.isInstance(element) ? Optional.of(type.cast(element)) : Optional.empty();
    }

    // kb_base=1000 prints the sizes with decimal prefixes (65.5kB for 64 KiB)
    private static String range(long min, long max, ReportUnits units) {
        return units.size(min, true) + "-" + units.size(max, true);
    }
}

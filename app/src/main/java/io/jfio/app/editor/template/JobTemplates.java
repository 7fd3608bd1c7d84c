package io.jfio.app.editor.template;

import java.util.List;

import io.jfio.app.editor.template.JobTemplate.Job;

/**
 * jfio's job templates: the standard storage measurements, and the shapes of the two jobs from the
 * "logs came out empty" reports (shared corpus, report-jobs). Immutable; any thread.
 */
public final class JobTemplates {

    private static final List<String> DIRECT_LIBAIO = List.of("ioengine=libaio", "direct=1", "size=256m",
            "time_based", "runtime=30s");

    private static final List<JobTemplate> ALL = List.of(
            new JobTemplate("randread-4k-qd32", "4k random read, QD32",
                    "Small random reads with 32 I/Os in flight: the IOPS figure quoted first.",
                    DIRECT_LIBAIO, List.of(new Job("randread-4k-qd32", List.of("rw=randread", "bs=4k", "iodepth=32")))),
            new JobTemplate("randwrite-4k-qd32", "4k random write, QD32",
                    "Small random writes with 32 I/Os in flight: write IOPS, and how the device copes with them.",
                    DIRECT_LIBAIO, List.of(new Job("randwrite-4k-qd32", List.of("rw=randwrite", "bs=4k", "iodepth=32")))),
            new JobTemplate("seq-1m", "1M sequential write, then read",
                    "Large sequential transfers: bandwidth. The write job runs first, the read job after it (stonewall).",
                    DIRECT_LIBAIO, List.of(
                            new Job("seqwrite-1m", List.of("rw=write", "bs=1m", "iodepth=8")),
                            new Job("seqread-1m", List.of("stonewall", "rw=read", "bs=1m", "iodepth=8")))),
            new JobTemplate("mixed-70-30", "70/30 random read/write mix, 4k QD32",
                    "The classic database-like mix: 70 % reads, 30 % writes, 4 KiB, 32 I/Os in flight.",
                    DIRECT_LIBAIO, List.of(new Job("randrw-70-30",
                            List.of("rw=randrw", "rwmixread=70", "bs=4k", "iodepth=32")))),
            new JobTemplate("latency-qd1", "4k random read latency, QD1",
                    "One I/O at a time, so the numbers are the device's latency, not queueing; read the clat percentiles.",
                    List.of("ioengine=psync", "direct=1", "size=256m", "time_based", "runtime=30s"),
                    List.of(new Job("randread-4k-qd1", List.of("rw=randread", "bs=4k", "iodepth=1")))),
            new JobTemplate("report-offload-lat-log", "Report A: offload, rate-limited writes, lat log",
                    "The shape of a user's report: libaio at iodepth=300 with io_submit_mode=offload, 8070 IOPS, "
                            + "per-I/O latency logs (report_lat_*.log in the working directory).",
                    List.of("ioengine=libaio", "direct=1", "size=256m", "bs=4k", "iodepth=300", "rw=randwrite",
                            "randrepeat=0", "io_submit_mode=offload", "rate_iops=8070", "time_based=1", "runtime=10s"),
                    List.of(new Job("slow_write", List.of("write_lat_log=report")))),
            new JobTemplate("report-small-files-logs", "Report B: 8 writers on a 64 KiB file, bw/iops logs",
                    "The shape of a user's report: 8 jobs write 32 KiB blocks to a 64 KiB file for 10 s, so each "
                            + "job's I/O loop re-enters every two I/Os; per-job bw and iops logs in the working directory.",
                    List.of("ioengine=posixaio", "io_submit_mode=inline", "filesize=64k", "time_based=1", "runtime=10"),
                    List.of(new Job("write", List.of("group_reporting=1", "numjobs=8", "stonewall", "rw=write", "bs=32k",
                            "per_job_logs=1", "write_bw_log=write_bw", "write_iops_log=write_iops")))));

    private JobTemplates() {
    }

    /** Every template, in the order the list shows them. */
    public static List<JobTemplate> all() {
        return ALL;
    }
}

package io.jfio.engine.run;

import io.jfio.engine.ioengine.Capability;
import io.jfio.engine.ioengine.EngineInfo;
import io.jfio.engine.ioengine.EngineOptions;
import io.jfio.engine.ioengine.IoEngines;
import io.jfio.engine.nativeio.NativeMemory;
import io.jfio.engine.output.log.FioLogOptions;
import io.jfio.engine.output.log.WindowValue;
import io.jfio.engine.stats.PercentileList;
import io.jfio.engine.workload.BlockSizeSpec;
import io.jfio.engine.workload.DataDirection;
import io.jfio.engine.workload.DistributionSpec;
import io.jfio.engine.workload.FileServiceType;
import io.jfio.engine.workload.RandomGeneratorKind;
import io.jfio.engine.workload.RandomSeeds;
import io.jfio.engine.workload.RandomStream;
import io.jfio.engine.workload.RateProcess;
import io.jfio.engine.workload.RateSpec;
import io.jfio.engine.workload.RwPattern;
import io.jfio.engine.workload.RwSequencer;
import io.jfio.engine.workload.ThinkTimeSpec;
import io.jfio.engine.workload.WorkloadSpec;
import io.jfio.model.job.EffectiveOption;
import io.jfio.model.job.JobSpec;
import io.jfio.model.option.OptionStatus;
import io.jfio.model.option.Options;
import io.jfio.model.value.BlockSizeSplit;
import io.jfio.model.value.EnumValue;
import io.jfio.model.value.FileNameList;
import io.jfio.model.value.FileNameListParser;
import io.jfio.model.value.FloatListValue;
import io.jfio.model.value.OptionValue;
import io.jfio.model.value.PerDirection;
import io.jfio.model.value.RandomDistribution;
import io.jfio.model.value.RangeValue;
import io.jfio.model.value.RwMode;
import io.jfio.model.value.ValueException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The one place that turns a {@link JobSpec} into {@link JobSettings}: reads every option the runner
 * honours, applies fio's defaults and rules (synchronous engines cap iodepth at 1, pre_read clears
 * invalidate, rwmixwrite is 100 - rwmixread, the last of bs/bsrange/bssplit...), and refuses a job that
 * sets an option the catalog marks implemented but the runner does not honour. Stateless apart from its
 * catalog; any thread.
 */
public final class JobSettingsReader {

    /**
     * Every option the runner (or the reports, from {@link io.jfio.model.result.JobResult#options()})
     * honours. A job that sets an IMPLEMENTED option missing here fails before the run.
     */
    public static final Set<String> HONOURED = Set.of(
            // parsed away before the runner: naming, units, cloning
            "name", "description", "kb_base", "unit_base", "numjobs", "thread",
            // engine
            "ioengine", "hipri", "fixedbufs", "registerfiles", "sqthread_poll", "sqthread_poll_cpu",
            // files
            "directory", "filename", "filename_format", "nrfiles", "file_service_type", "create_on_open",
            "pre_read", "unlink", "fallocate", "invalidate", "direct", "buffered", "sync", "iomem_align",
            "size", "io_size", "filesize", "offset", "offset_increment", "offset_align",
            // workload
            "rw", "rw_sequencer", "rwmixread", "rwmixwrite", "bs", "bsrange", "bssplit", "bs_unaligned",
            "bs_is_seq_rand", "ba", "blockalign", "percentage_random", "norandommap", "random_generator",
            "random_distribution", "randrepeat", "randseed", "zonesize", "zonerange", "zoneskip",
            "number_ios", "loops", "fsync", "fdatasync", "end_fsync", "fsync_on_close",
            // buffers
            "zero_buffers", "refill_buffers", "scramble_buffers", "buffer_compress_percentage", "buffer_pattern",
            // depth
            "iodepth", "iodepth_batch", "iodepth_batch_submit", "iodepth_batch_complete_min",
            "iodepth_batch_complete_max", "iodepth_low", "io_submit_mode",
            // time and pacing
            "time_based", "runtime", "ramp_time", "startdelay", "thinktime", "thinktime_spin", "thinktime_blocks",
            "thinktime_blocks_type", "thinktime_iotime", "rate", "rate_min", "rate_iops", "rate_iops_min",
            "rate_process", "rate_cycle", "rate_ignore_thinktime",
            // threads and groups
            "cpus_allowed", "prio", "prioclass", "nice", "stonewall", "new_group", "wait_for", "exitall", "exit_what",
            "group_reporting",
            // statistics and logs (percentile flags and disk_util are read by the reports)
            "percentile_list", "clat_percentiles", "lat_percentiles", "slat_percentiles", "disk_util",
            "bwavgtime", "iopsavgtime", "write_bw_log", "write_lat_log", "write_hist_log", "write_iops_log",
            "log_avg_msec", "log_hist_msec", "log_hist_coarseness", "log_max_value", "log_window_value",
            "log_offset", "log_prio", "per_job_logs", "log_store_compressed",
            // jfio streams logs to disk as it goes, so there is no in-memory log to compress
            "log_compression");

    private static final String DEFAULT_FORMAT = "$jobname.$jobnum.$filenum";

    private final Options catalog;
    private final Set<String> honoured;

    public JobSettingsReader() {
        this(Options.catalog(), HONOURED);
    }

    /** A reader checking against {@code catalog}, honouring the options in {@code honoured}. */
    JobSettingsReader(Options catalog, Set<String> honoured) {
        this.catalog = catalog;
        this.honoured = Set.copyOf(honoured);
    }

    /**
     * Settings for every job of a run, numbered 1.. in order.
     *
     * @param notes receives fio-style notes ("queue depth will be capped at 1")
     * @throws JobSetupException for the first job that cannot run as written
     */
    public List<JobSettings> readAll(List<JobSpec> jobs, List<String> notes) {
        List<JobSettings> out = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            out.add(read(jobs.get(i), i + 1, notes));
        }
        return out;
    }

    /** Settings of one job; {@code jobIndex} is its 1-based place in the run. */
    public JobSettings read(JobSpec job, int jobIndex, List<String> notes) {
        OptionReader r = new OptionReader(job, catalog);
        refuseUnhonoured(r);
        String engineName = r.string("ioengine").orElse("psync");
        EngineInfo engine = IoEngines.find(engineName).orElseThrow(
                () -> r.error("ioengine", "jfio has no engine '" + engineName + "'"));
        String unavailable = engine.unavailableReason();
        if (unavailable != null) {
            throw r.error("ioengine", "'" + engineName + "' cannot run here: " + unavailable);
        }
        Map<String, String> written = new LinkedHashMap<>();
        for (EffectiveOption o : job.options().values()) {
            if (!o.inherited()) {
                written.put(o.name(), o.value() == null ? "" : o.value());
            }
        }
        RandomSeeds seeds = RandomSeeds.of(r.bool("randrepeat", true), r.isSet("randseed"),
                r.integer("randseed", 0x89), jobIndex - 1);
        WorkloadSpec workload = workload(r);
        int nrFiles = r.intValue("nrfiles", 1, 1);
        List<String> files = fileNames(r, nrFiles);
        return new JobSettings(job.jobName(), job.instance(), jobIndex, job.groupId(), job.stonewall(),
                engine.name(), engineOptions(r, Math.max(1, files.size())), files, sizing(r, files.size()),
                openOptions(r), layoutOptions(r), depth(r, engine, notes), workload, seeds, rate(r),
                thinkTime(r), timing(r, seeds), r.bool("end_fsync", false), r.bool("fsync_on_close", false),
                buffers(r), memAlign(r), CpuList.parse(r), ioPriority(r), (int) r.integer("nice", 0), r.bool("exitall", false), exitWhat(r),
                r.string("wait_for").filter(s -> !s.isEmpty()).orElse(null), percentiles(r),
                millis(r, "bwavgtime", 500), millis(r, "iopsavgtime", 500), r.bool("disk_util", true),
                logs(r, job.jobName()), written);
    }

    private void refuseUnhonoured(OptionReader r) {
        for (EffectiveOption o : r.job().options().values()) {
            if (o.spec().status() == OptionStatus.IMPLEMENTED && !honoured.contains(o.name())) {
                throw r.error(o.name(), "jfio's runner does not honour '" + o.name() + "' yet; remove it to run this job");
            }
        }
    }

    private static EngineOptions engineOptions(OptionReader r, int files) {
        EngineOptions options = EngineOptions.defaults()
                .withHipri(r.bool("hipri", false))
                .withFixedBufs(r.bool("fixedbufs", false))
                .withRegisterFiles(r.bool("registerfiles", false))
                .withSqThreadPoll(r.bool("sqthread_poll", false))
                .withMaxOpenFiles(files);
        if (r.isSet("sqthread_poll_cpu")) {
            options = options.withSqThreadPollCpu(r.intValue("sqthread_poll_cpu", -1, 0));
        }
        return options;
    }

    // ---- files

    /**
     * The job's files. As fio 3.33 does, a directory list gives clone N of a job (its $jobnum) directory N
     * modulo the list for generated names, and the first directory for names the job lists; an absolute
     * name stays as it is (fio puts the directory in front of it too).
     */
    private static List<String> fileNames(OptionReader r, int nrFiles) {
        List<String> dirs = nameList(r, "directory");
        JobSpec job = r.job();
        if (r.isSet("filename")) {
            String directory = dirs.isEmpty() ? null : dirs.get(0);
            return nameList(r, "filename").stream().map(name -> inDirectory(directory, name)).toList();
        }
        String directory = dirs.isEmpty() ? null : dirs.get(job.instance() % dirs.size());
        String format = r.string("filename_format").filter(s -> !s.isEmpty()).orElse(DEFAULT_FORMAT);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nrFiles; i++) {
            String name = format.replace("$jobname", job.jobName()).replace("$jobnum", String.valueOf(job.instance()))
                    .replace("$filenum", String.valueOf(i)).replace("$clientuid", "0");
            names.add(inDirectory(directory, name));
        }
        return names;
    }

    private static String inDirectory(String directory, String name) {
        if (directory == null || Path.of(name).isAbsolute()) {
            return name;
        }
        return Path.of(directory).resolve(name).toString();
    }

    /**
     * A colon list of names as the model parsed it ({@link FileNameListParser}: {@code \:} for a colon inside
     * a name, empty names skipped, at least one name); empty when the job does not set {@code name}.
     */
    private static List<String> nameList(OptionReader r, String name) {
        if (!r.isSet(name)) {
            return List.of();
        }
        if (r.value(name).orElse(null) instanceof FileNameList list) {
            return list.names();
        }
        // a spec built without the model's typing (the resolver types both options)
        try {
            return FileNameListParser.parse(r.text(name).orElse(""), new ArrayList<>()).names();
        } catch (ValueException e) {
            throw r.error(name, e.getMessage());
        }
    }

    private static JobSettings.Sizing sizing(OptionReader r, int files) {
        Optional<RangeValue> fileSize = r.range("filesize");
        return new JobSettings.Sizing(r.percent("size") > 0 ? 0 : r.integer("size", 0), r.percent("size"),
                fileSize.map(RangeValue::low).orElse(0L), fileSize.map(RangeValue::high).orElse(0L), files,
                r.percent("offset") > 0 ? 0 : r.integer("offset", 0), r.percent("offset"),
                r.percent("offset_increment") > 0 ? 0 : r.integer("offset_increment", 0), r.percent("offset_increment"),
                r.bytes("offset_align", 0), r.percent("io_size") > 0 ? 0 : r.integer("io_size", 0), r.percent("io_size"));
    }

    private static JobSettings.OpenOptions openOptions(OptionReader r) {
        boolean direct = r.bool("direct", false) || !r.bool("buffered", true);
        String sync = r.string("sync").orElse("none");
        boolean oSync;
        boolean oDsync;
        switch (sync) {
            case "none", "0", "false" -> {
                oSync = false;
                oDsync = false;
            }
            case "sync", "1", "true" -> {
                oSync = true;
                oDsync = false;
            }
            case "dsync" -> {
                oSync = false;
                oDsync = true;
            }
            default -> throw r.error("sync", "'" + sync + "' is not one of none, 0, sync, 1, dsync");
        }
        return new JobSettings.OpenOptions(direct, oSync, oDsync, r.bool("create_on_open", false));
    }

    private static JobSettings.LayoutOptions layoutOptions(OptionReader r) {
        String mode = r.string("fallocate").orElse("native");
        JobSettings.Fallocate fallocate = switch (mode) {
            case "none", "0" -> JobSettings.Fallocate.NONE;
            case "native" -> JobSettings.Fallocate.NATIVE;
            case "posix", "1" -> JobSettings.Fallocate.POSIX;
            case "keep" -> JobSettings.Fallocate.KEEP;
            case "truncate" -> JobSettings.Fallocate.TRUNCATE;
            default -> throw r.error("fallocate", "'" + mode + "' is not one of none, native, posix, keep, truncate");
        };
        boolean preRead = r.bool("pre_read", false);
        return new JobSettings.LayoutOptions(fallocate, r.bool("invalidate", true) && !preRead, preRead,
                r.bool("unlink", false));
    }

    private static int memAlign(OptionReader r) {
        long align = r.bytes("iomem_align", 0);
        if (align != 0 && Long.bitCount(align) != 1) {
            throw r.error("iomem_align", "'" + align + "' is not a power of two");
        }
        return (int) Math.max(NativeMemory.PAGE_SIZE, Math.min(align, 1L << 30));
    }

    // ---- depth

    private static JobSettings.DepthOptions depth(OptionReader r, EngineInfo engine, List<String> notes) {
        int iodepth = r.intValue("iodepth", 1, 1);
        if (engine.has(Capability.SYNCHRONOUS) && iodepth > 1) {
            notes.add("note: both iodepth >= 1 and synchronous I/O engine are selected, queue depth will be capped at 1"
                    + " (job '" + r.job().jobName() + "')");
            iodepth = 1;
        }
        int batch = r.intValue("iodepth_batch", 1, 0);
        if (batch == 0 || batch > iodepth) {
            batch = iodepth;
        }
        int completeMin = Math.min(r.intValue("iodepth_batch_complete_min", 1, 0), iodepth);
        // fio's default for the most to reap at once is the least (1): one completion per reap keeps the queue
        // full, and its depth histogram shows iodepth=16 as 16=100%
        int completeMax = r.isSet("iodepth_batch_complete_max")
                ? Math.min(r.intValue("iodepth_batch_complete_max", iodepth, 1), iodepth) : Math.max(1, completeMin);
        if (completeMax < completeMin) {
            throw r.error("iodepth_batch_complete_max", completeMax + " is below iodepth_batch_complete_min " + completeMin);
        }
        int low = r.isSet("iodepth_low") ? Math.min(r.intValue("iodepth_low", iodepth, 0), iodepth) : iodepth;
        String mode = r.string("io_submit_mode").orElse("inline");
        if (!mode.equals("inline") && !mode.equals("offload")) {
            throw r.error("io_submit_mode", "'" + mode + "' is not one of inline, offload");
        }
        return new JobSettings.DepthOptions(iodepth, batch, completeMin, completeMax, low, mode.equals("offload"));
    }

    // ---- workload

    private static WorkloadSpec workload(OptionReader r) {
        WorkloadSpec.Builder b = WorkloadSpec.builder();
        try {
            RwPattern pattern;
            Optional<OptionValue> rw = r.value("rw");
            if (rw.isPresent() && rw.get() instanceof RwMode mode) {
                pattern = RwPattern.fromFioName(mode.pattern().fioName());
                b.rwModifier(pattern.isRandom() ? mode.ioPerOffset() : mode.sequentialGapBytes());
            } else {
                pattern = RwPattern.fromFioName(r.string("rw").orElse("read"));
            }
            b.pattern(pattern);
            b.sequencer(r.string("rw_sequencer").orElse("sequential").equals("identical")
                    ? RwSequencer.IDENTICAL : RwSequencer.SEQUENTIAL);
            b.readPercent(readPercent(r));
            blockSizes(r, b);
            b.blockSizeUnaligned(r.bool("bs_unaligned", false));
            b.blockSizeIsSeqRand(r.bool("bs_is_seq_rand", false));
            long[] align = r.perDirection(r.isSet("blockalign") ? "blockalign" : "ba", 0);
            long[] random = r.perDirection("percentage_random", 100);
            for (DataDirection d : DataDirection.values()) {
                b.blockAlign(d, align[d.index()]);
                b.percentageRandom(d, (int) random[d.index()]);
            }
            b.noRandomMap(r.bool("norandommap", false));
            b.randomGenerator(RandomGeneratorKind.fromFioName(r.string("random_generator").orElse("tausworthe")));
            distributions(r, b);
            b.zones(r.bytes("zonesize", 0), r.bytes("zonerange", 0), r.bytes("zoneskip", 0));
            b.ioSizeBytes(ioSize(r));
            b.numberIos(r.integer("number_ios", 0));
            b.loops(Math.max(1, r.integer("loops", 1)));
            b.timeBased(r.bool("time_based", false));
            b.fsyncEveryWrites((int) r.integer("fsync", 0));
            b.fdatasyncEveryWrites((int) r.integer("fdatasync", 0));
            fileService(r, b);
            return b.build();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int colon = message.indexOf(':');
            String option = colon > 0 ? message.substring(0, colon) : "rw";
            throw r.error(option, colon > 0 ? message.substring(colon + 1).trim() : message);
        }
    }

    /** io_size in bytes; with both size and filesize, size is the bytes to move (fio); 0 for the regions' total. */
    private static long ioSize(OptionReader r) {
        long size = r.percent("size") > 0 ? 0 : r.integer("size", 0);
        int percent = r.percent("io_size");
        if (percent > 0) {
            if (size <= 0) {
                throw r.error("io_size", "a percentage needs size= in bytes");
            }
            return size * percent / 100;
        }
        if (r.isSet("io_size")) {
            return r.integer("io_size", 0);
        }
        return size > 0 && r.isSet("filesize") ? size : 0;
    }

    private static int readPercent(OptionReader r) {
        Optional<EffectiveOption> read = r.job().option("rwmixread");
        Optional<EffectiveOption> write = r.job().option("rwmixwrite");
        if (write.isPresent() && (read.isEmpty() || writtenAfter(r.job(), "rwmixwrite", "rwmixread"))) {
            return (int) (100 - r.integer("rwmixwrite", 50));
        }
        return (int) r.integer("rwmixread", 50);
    }

    /** True when the job's option list gives {@code later} after {@code earlier}. */
    private static boolean writtenAfter(JobSpec job, String later, String earlier) {
        int index = 0;
        int laterAt = -1;
        int earlierAt = -1;
        for (String name : job.options().keySet()) {
            if (name.equals(later)) {
                laterAt = index;
            } else if (name.equals(earlier)) {
                earlierAt = index;
            }
            index++;
        }
        return laterAt > earlierAt;
    }

    private static void blockSizes(OptionReader r, WorkloadSpec.Builder b) {
        long[] bs = r.perDirection("bs", 4096);
        Object[] ranges = perDirectionObjects(r, "bsrange");
        Object[] splits = perDirectionObjects(r, "bssplit");
        for (DataDirection d : DataDirection.values()) {
            int i = d.index();
            if (splits[i] instanceof BlockSizeSplit split) {
                int[] sizes = new int[split.entries().size()];
                int[] percents = new int[sizes.length];
                for (int k = 0; k < sizes.length; k++) {
                    sizes[k] = checkedBlockSize(r, "bssplit", split.entries().get(k).blockSizeBytes());
                    percents[k] = split.entries().get(k).percent();
                }
                b.blockSize(d, BlockSizeSpec.split(sizes, percents));
            } else if (ranges[i] instanceof RangeValue range) {
                b.blockSize(d, BlockSizeSpec.range(checkedBlockSize(r, "bsrange", range.low()),
                        checkedBlockSize(r, "bsrange", range.high())));
            } else {
                b.blockSize(d, BlockSizeSpec.fixed(checkedBlockSize(r, "bs", bs[i])));
            }
        }
    }

    private static int checkedBlockSize(OptionReader r, String option, long bytes) {
        if (bytes < 1 || bytes > Integer.MAX_VALUE / 2) {
            throw r.error(option, "block size " + bytes + " is out of range (1 to 1 GiB)");
        }
        return (int) bytes;
    }

    /** The three direction values of a per-direction option the job sets; nulls where it gives none. */
    private static Object[] perDirectionObjects(OptionReader r, String name) {
        if (!r.isSet(name)) {
            return new Object[3];
        }
        Optional<OptionValue> value = r.value(name);
        if (value.isEmpty()) {
            return new Object[3];
        }
        if (value.get() instanceof PerDirection<?> per) {
            return new Object[] {per.read(), per.write(), per.trim()};
        }
        return new Object[] {value.get(), value.get(), value.get()};
    }

    private static void distributions(OptionReader r, WorkloadSpec.Builder b) {
        Object[] values = perDirectionObjects(r, "random_distribution");
        for (DataDirection d : DataDirection.values()) {
            if (values[d.index()] instanceof RandomDistribution dist) {
                b.distribution(d, distribution(dist, d));
            }
        }
    }

    private static DistributionSpec distribution(RandomDistribution dist, DataDirection d) {
        double center = dist.center() == null ? Double.NaN : dist.center();
        return switch (dist.kind()) {
            case RANDOM -> DistributionSpec.uniform();
            case ZIPF -> DistributionSpec.zipf(dist.parameter(), center);
            case PARETO -> DistributionSpec.pareto(dist.parameter(), center);
            case NORMAL -> DistributionSpec.normal(dist.parameter(), center);
            case ZONED, ZONED_ABS -> {
                List<RandomDistribution.Zone> zones = dist.zones().get(PerDirection.Direction.values()[d.index()],
                        List.of());
                int[] access = new int[zones.size()];
                double[] percents = new double[zones.size()];
                long[] bytes = new long[zones.size()];
                for (int i = 0; i < access.length; i++) {
                    access[i] = zones.get(i).accessPercent();
                    percents[i] = zones.get(i).extent();
                    bytes[i] = zones.get(i).extent();
                }
                if (access.length == 0) {
                    yield DistributionSpec.uniform();
                }
                yield dist.kind() == RandomDistribution.Kind.ZONED ? DistributionSpec.zoned(access, percents)
                        : DistributionSpec.zonedAbs(access, bytes);
            }
        };
    }

    private static void fileService(OptionReader r, WorkloadSpec.Builder b) {
        Optional<OptionValue> value = r.value("file_service_type");
        if (value.isEmpty() || !(value.get() instanceof EnumValue e)) {
            return;
        }
        String modifier = e.modifier();
        int every = 1;
        DistributionSpec distribution = DistributionSpec.uniform();
        switch (e.value()) {
            case "roundrobin", "sequential", "random" -> every = modifier == null ? 1 : parseInt(r, modifier);
            case "zipf" -> distribution = DistributionSpec.zipf(modifier == null ? 1.1 : parseDouble(r, modifier));
            case "pareto" -> distribution = DistributionSpec.pareto(modifier == null ? 0.2 : parseDouble(r, modifier));
            case "normal", "gauss" -> distribution = DistributionSpec.normal(modifier == null ? 10 : parseDouble(r, modifier));
            default -> throw r.error("file_service_type", "'" + e.value() + "' is not a file service type");
        }
        FileServiceType type = switch (e.value()) {
            case "roundrobin" -> FileServiceType.ROUNDROBIN;
            case "sequential" -> FileServiceType.SEQUENTIAL;
            default -> FileServiceType.RANDOM;
        };
        b.fileService(type, every, distribution);
    }

    private static int parseInt(OptionReader r, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException ex) {
            throw r.error("file_service_type", "':" + text + "' is not a number");
        }
    }

    private static double parseDouble(OptionReader r, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException ex) {
            throw r.error("file_service_type", "':" + text + "' is not a number");
        }
    }

    // ---- pacing and time

    private static RateSpec rate(OptionReader r) {
        RateSpec.Builder b = RateSpec.builder();
        long[] rate = r.perDirection("rate", 0);
        long[] iops = r.perDirection("rate_iops", 0);
        long[] min = r.perDirection("rate_min", 0);
        long[] minIops = r.perDirection("rate_iops_min", 0);
        try {
            for (DataDirection d : DataDirection.values()) {
                int i = d.index();
                b.bytesPerSecond(d, rate[i]).iops(d, iops[i]).minBytesPerSecond(d, min[i]).minIops(d, minIops[i]);
            }
            String process = r.string("rate_process").orElse("linear");
            b.process(switch (process) {
                case "linear" -> RateProcess.LINEAR;
                case "poisson" -> RateProcess.POISSON;
                default -> throw r.error("rate_process", "'" + process + "' is not one of linear, poisson");
            });
            b.cycleMillis(millis(r, "rate_cycle", 1000));
            b.ignoreThinktime(r.bool("rate_ignore_thinktime", false));
            return b.build();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int colon = message.indexOf(':');
            throw r.error(colon > 0 ? message.substring(0, colon) : "rate",
                    colon > 0 ? message.substring(colon + 1).trim() : message);
        }
    }

    private static ThinkTimeSpec thinkTime(OptionReader r) {
        long think = r.nanos("thinktime", 0);
        long blocks = Math.max(1, r.integer("thinktime_blocks", 1));
        long ioTime = r.nanos("thinktime_iotime", 0);
        if (ioTime > 0 && !r.isSet("thinktime_blocks")) {
            blocks = Long.MAX_VALUE;
        }
        boolean onIssue = r.string("thinktime_blocks_type").orElse("complete").equals("issue");
        return new ThinkTimeSpec(think, r.nanos("thinktime_spin", 0), blocks, onIssue, ioTime);
    }

    private static JobSettings.Timing timing(OptionReader r, RandomSeeds seeds) {
        long delay = 0;
        Optional<RangeValue> range = r.isSet("startdelay") ? r.range("startdelay") : Optional.empty();
        if (range.isPresent()) {
            RangeValue d = range.get();
            delay = d.low() == d.high() ? d.low()
                    : new SplittableRandom(seeds.seedFor(RandomStream.RATE_ARRIVAL) ^ 0x5de1a7L).nextLong(d.low(), d.high() + 1);
        }
        return new JobSettings.Timing(r.bool("time_based", false), r.nanos("runtime", 0), r.nanos("ramp_time", 0), delay);
    }

    // ---- buffers, threads, exits

    private static JobSettings.BufferOptions buffers(OptionReader r) {
        int compress = (int) r.integer("buffer_compress_percentage", 0);
        if (compress < 0 || compress > 100) {
            throw r.error("buffer_compress_percentage", compress + " is not between 0 and 100");
        }
        List<Byte> pattern = new ArrayList<>();
        Optional<String> text = r.isSet("buffer_pattern") ? r.text("buffer_pattern") : Optional.empty();
        if (text.isPresent()) {
            try {
                for (byte x : BufferPattern.parse(text.get())) {
                    pattern.add(x);
                }
            } catch (IllegalArgumentException e) {
                throw r.error("buffer_pattern", e.getMessage());
            }
        }
        boolean refill = r.bool("refill_buffers", false) || (compress > 0 && compress < 100);
        return new JobSettings.BufferOptions(r.bool("zero_buffers", false), refill,
                r.bool("scramble_buffers", true), compress, pattern);
    }

    private static int ioPriority(OptionReader r) {
        if (!r.isSet("prio") && !r.isSet("prioclass")) {
            return -1;
        }
        int ioClass = (int) r.integer("prioclass", 2);
        int level = (int) r.integer("prio", 4);
        if (ioClass < 0 || ioClass > 3) {
            throw r.error("prioclass", ioClass + " is not an I/O priority class (0 to 3)");
        }
        if (level < 0 || level > 7) {
            throw r.error("prio", level + " is not an I/O priority level (0 to 7)");
        }
        return ioClass << 13 | level;
    }

    private static JobSettings.ExitWhat exitWhat(OptionReader r) {
        String what = r.string("exit_what").orElse("group");
        return switch (what) {
            case "group" -> JobSettings.ExitWhat.GROUP;
            case "stonewall" -> JobSettings.ExitWhat.STONEWALL;
            case "all" -> JobSettings.ExitWhat.ALL;
            default -> throw r.error("exit_what", "'" + what + "' is not one of group, stonewall, all");
        };
    }

    // ---- statistics and logs

    private static PercentileList percentiles(OptionReader r) {
        if (!r.isSet("percentile_list")) {
            return PercentileList.FIO_DEFAULT;
        }
        Optional<OptionValue> value = r.value("percentile_list");
        try {
            if (value.isPresent() && value.get() instanceof FloatListValue list) {
                return PercentileList.of(list.values().stream().mapToDouble(Double::doubleValue).toArray());
            }
            return PercentileList.parse(r.text("percentile_list").orElse(""));
        } catch (IllegalArgumentException e) {
            throw r.error("percentile_list", e.getMessage());
        }
    }

    /** A millisecond option that the catalog may type as an integer (ms) or as a time. */
    private static long millis(OptionReader r, String name, long fallback) {
        Optional<OptionValue> value = r.value(name);
        if (value.isPresent() && value.get() instanceof io.jfio.model.value.TimeValue t) {
            return t.millis();
        }
        return r.integer(name, fallback);
    }

    private static FioLogOptions logs(OptionReader r, String jobName) {
        FioLogOptions o = FioLogOptions.none();
        o = o.withLatLog(prefix(r, "write_lat_log", jobName));
        o = o.withBwLog(prefix(r, "write_bw_log", jobName));
        o = o.withIopsLog(prefix(r, "write_iops_log", jobName));
        long histMillis = millis(r, "log_hist_msec", 0);
        int coarseness = (int) r.integer("log_hist_coarseness", 0);
        if (coarseness < 0 || coarseness > 6) {
            throw r.error("log_hist_coarseness", coarseness + " is not between 0 and 6");
        }
        o = o.withHistLog(prefix(r, "write_hist_log", jobName), histMillis, coarseness);
        long avg = millis(r, "log_avg_msec", 0);
        if (avg < 0 || histMillis < 0) {
            throw r.error(avg < 0 ? "log_avg_msec" : "log_hist_msec", "must not be negative");
        }
        o = o.withWindows(avg, windowValue(r));
        return o.withFormat(r.bool("log_offset", false), r.bool("log_prio", false), r.bool("per_job_logs", true),
                r.bool("log_store_compressed", false), Path.of(""));
    }

    private static String prefix(OptionReader r, String name, String jobName) {
        if (!r.isSet(name)) {
            return null;
        }
        String text = r.string(name).orElse("");
        return text.isEmpty() ? jobName : text;
    }

    private static WindowValue windowValue(OptionReader r) {
        String name = r.isSet("log_window_value") ? "log_window_value" : "log_max_value";
        if (!r.isSet(name)) {
            return WindowValue.AVG;
        }
        String value = r.string(name).orElse("0");
        return switch (value) {
            case "0", "avg", "false" -> WindowValue.AVG;
            case "1", "max", "true" -> WindowValue.MAX;
            case "2", "both" -> WindowValue.BOTH;
            default -> throw r.error(name, "'" + value + "' is not one of avg, max, both");
        };
    }
}

package io.jfio.app.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.jfio.engine.output.log.FioLogOptions;
import io.jfio.engine.output.log.FioLogType;
import io.jfio.engine.run.JobSettings;
import io.jfio.engine.run.JobSettingsReader;
import io.jfio.model.job.JobSpec;

/**
 * The fio-format log files a run's jobs wrote, named as the engine names them: each job's settings read
 * as the runner reads them ({@link JobSettingsReader#readAll}, which numbers the jobs 1.. as the run did),
 * then {@link FioLogType#path} for every log its {@code write_lat_log} (lat, clat, slat),
 * {@code write_bw_log}, {@code write_iops_log} and {@code write_hist_log} ask for, with its
 * {@code per_job_logs} and {@code log_store_compressed}. A file shared by jobs ({@code per_job_logs=0})
 * is listed once. Relative names resolve against the working directory, where the run wrote them.
 * Stateless; any thread.
 */
public final class RunLogFiles {

    private RunLogFiles() {
    }

    /** The absolute paths of the logs of {@code jobs} (the jobs of one run, in run order). */
    public static List<Path> of(List<JobSpec> jobs) {
        Set<Path> files = new LinkedHashSet<>();
        for (JobSettings job : new JobSettingsReader().readAll(jobs, new ArrayList<>())) {
            FioLogOptions logs = job.logs();
            for (FioLogType type : logs.types()) {
                files.add(type.path(logs.directory(), logs.prefix(type), job.jobIndex(), logs.perJobLogs(),
                        logs.storeCompressed()).toAbsolutePath().normalize());
            }
        }
        return List.copyOf(files);
    }
}

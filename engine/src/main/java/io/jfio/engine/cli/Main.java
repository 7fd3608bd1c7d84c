package io.jfio.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.jfio.engine.output.ReportEnvironment;
import io.jfio.engine.output.ReportFormat;
import io.jfio.engine.output.Reports;
import io.jfio.engine.output.status.EtaMode;
import io.jfio.engine.output.status.StatusReporter;
import io.jfio.engine.output.status.StatusSettings;
import io.jfio.engine.output.text.StartBanner;
import io.jfio.engine.run.JobRunner;
import io.jfio.engine.run.JobSettings;
import io.jfio.engine.run.JobSettingsReader;
import io.jfio.engine.run.JobSetupException;
import io.jfio.model.job.CommandLineJobs;
import io.jfio.model.job.JobFile;
import io.jfio.model.job.JobFileException;
import io.jfio.model.job.JobFileParser;
import io.jfio.model.job.JobResolver;
import io.jfio.model.job.JobSpec;
import io.jfio.model.job.Problem;
import io.jfio.model.job.Resolution;
import io.jfio.model.job.ShowCmd;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.RunResult;

/**
 * The {@code jfio} command line. {@link #run} does the work and returns the exit status so tests can
 * call it; {@link #main} only exits. Never lets a stack trace reach the user (set JFIO_DEBUG=1 to see
 * one). Main thread only.
 */
public final class Main {

    /** Exit status for success. */
    public static final int OK = 0;
    /** Exit status for bad input (arguments, job files) or a failed run. */
    public static final int FAILED = 1;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean outputIsTerminal;

    /** A command line printing to {@code out} and {@code err}, neither of them a terminal. */
    public Main(PrintStream out, PrintStream err) {
        this(out, err, false);
    }

    /**
     * @param outputIsTerminal whether {@code out} is a terminal (--eta=auto shows the status line then)
     */
    public Main(PrintStream out, PrintStream err, boolean outputIsTerminal) {
        this.out = out;
        this.err = err;
        this.outputIsTerminal = outputIsTerminal;
    }

    public static void main(String[] args) {
        int status = new Main(System.out, System.err, EtaMode.terminalAttached()).run(args);
        System.out.flush();
        System.exit(status);
    }

    /** Runs the command line and returns the exit status. */
    public int run(String... args) {
        try {
            return dispatch(CliArgs.parse(args));
        } catch (CliException | JobFileException e) {
            reportFailure(e);
            return FAILED;
        } catch (RuntimeException e) {
            err.println("jfio: internal error: " + e);
            if (System.getenv("JFIO_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return FAILED;
        }
    }

    private int dispatch(CliArgs args) {
        if (args.help()) {
            out.print(Usage.text());
            return OK;
        }
        if (args.version()) {
            out.println(JfioVersion.banner());
            return OK;
        }
        if (args.cmdHelp().isPresent()) {
            return printHelp(OptionHelp.cmdHelp(args.cmdHelp().get()));
        }
        if (args.engHelp().isPresent()) {
            return printHelp(OptionHelp.engHelp(args.engHelp().get()));
        }
        List<JobFile> files = readJobFiles(args);
        if (files.isEmpty()) {
            err.println("jfio: no job files or job options given (see jfio --help)");
            return FAILED;
        }
        Resolution resolution = JobResolver.standard().resolve(files);
        if (args.showCmd()) {
            out.print(ShowCmd.format(resolution, args.jobFiles().size()));
        }
        for (Problem problem : resolution.problems()) {
            err.println(problem);
        }
        if (resolution.hasErrors() || (args.warningsFatal() && !resolution.warnings().isEmpty())) {
            return FAILED;
        }
        List<JobSpec> jobs = SectionFilter.apply(resolution.jobs(), args.sections());
        if (args.showCmd()) {
            return OK;
        }
        if (jobs.isEmpty()) {
            err.println("jfio: no jobs defined (a job file needs at least one job section besides [global])");
            return FAILED;
        }
        if (args.parseOnly()) {
            return OK;
        }
        return runJobs(jobs, resolution, args);
    }

    /**
     * Runs the jobs as fio does: the start banner (normal output), the status display while they run, the
     * reports after. FAILED if the run could not start or a job failed.
     */
    private int runJobs(List<JobSpec> jobs, Resolution resolution, CliArgs args) {
        List<String> notes = new ArrayList<>();
        List<JobSettings> settings;
        try {
            settings = new JobSettingsReader().readAll(jobs, notes);
        } catch (JobSetupException e) {
            err.println("jfio: " + e.getMessage());
            return FAILED;
        }
        notes.forEach(err::println);
        if (args.readOnly()) {
            for (JobSettings job : settings) {
                if (job.writesOrTrims()) {
                    err.println("jfio: --readonly: job '" + job.jobName() + "' writes or trims; refusing to run");
                    return FAILED;
                }
            }
        }
        Set<ReportFormat> formats = reportFormats(args);
        StatusSettings status = statusSettings(args, formats);
        String version = "jfio-" + JfioVersion.version();
        Reports reports = new Reports(ReportEnvironment.of(version), formats, jobs, args.terseVersion());
        try (ReportDestination destination = ReportDestination.open(args.outputFile(), out)) {
            if (formats.contains(ReportFormat.NORMAL)) {
                destination.print(StartBanner.render(jobs, version));
            }
            JobRunner.RunOptions options = JobRunner.RunOptions.defaults().withProgress(err)
                    .withBandwidthLog(args.bandwidthLog()).withGlobalOptions(resolution.globalOptions())
                    .withStatusWindows(status.statusIntervalNanos() > 0);
            try (JobRunner runner = new JobRunner(settings, options)) {
                RunResult result = runWithStatus(runner, jobs, status, reports, destination);
                destination.print(reports.render(result));
                return failedJobs(result) ? FAILED : OK;
            } catch (JobSetupException e) {
                err.println("jfio: " + e.getMessage());
                return FAILED;
            }
        }
    }

    private static Set<ReportFormat> reportFormats(CliArgs args) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (OutputFormat format : args.outputFormats()) {
            formats.add(ReportFormat.valueOf(format.name()));
        }
        return formats;
    }

    private StatusSettings statusSettings(CliArgs args, Set<ReportFormat> formats) {
        try {
            return StatusSettings.of(args.eta(), outputIsTerminal, args.etaInterval(), args.etaNewline(),
                    args.statusInterval()).forReports(formats, args.outputFile().isEmpty());
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** The run with the status display going; the display ends (its line finished) before this returns. */
    private RunResult runWithStatus(JobRunner runner, List<JobSpec> jobs, StatusSettings status, Reports reports,
                                    ReportDestination destination) {
        StatusReporter display = StatusReporter.start(runner, jobs, status, reports, out, destination.stream());
        try {
            return runner.run();
        } finally {
            try {
                display.close();
            } catch (IllegalStateException e) {
                err.println("jfio: " + e.getMessage() + " (the run went on without it)");
            }
        }
    }

    private boolean failedJobs(RunResult result) {
        boolean failed = false;
        for (JobResult job : result.jobs()) {
            if (job.failed()) {
                err.println("jfio: job '" + job.jobName() + "': " + job.errorMessage());
                failed = true;
            }
        }
        return failed;
    }

    private int printHelp(HelpText help) {
        (help.ok() ? out : err).print(help.text());
        return help.ok() ? OK : FAILED;
    }

    /** Job files in command-line order, then a job file made of the command-line job options, if any. */
    private static List<JobFile> readJobFiles(CliArgs args) {
        List<JobFile> files = new ArrayList<>();
        for (String name : args.jobFiles()) {
            files.add(name.equals("-") ? readStandardInput() : JobFileParser.parse(Path.of(name)));
        }
        if (!args.jobOptions().isEmpty() && !args.showCmd()) {
            List<String> options = new ArrayList<>();
            for (String option : args.jobOptions()) {
                options.add("--" + option);
            }
            files.add(CommandLineJobs.toJobFile(options));
        }
        return files;
    }

    private static JobFile readStandardInput() {
        try {
            return JobFileParser.parse(new String(System.in.readAllBytes(), StandardCharsets.UTF_8), "<stdin>");
        } catch (IOException e) {
            throw new CliException("cannot read the job file from standard input: " + e.getMessage());
        }
    }

    private void reportFailure(RuntimeException e) {
        if (e instanceof JobFileException jobFileException) {
            for (Problem problem : jobFileException.problems()) {
                err.println(problem);
            }
        } else {
            err.println("jfio: " + e.getMessage());
        }
    }
}

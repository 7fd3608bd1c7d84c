package io.jfio.engine.output;

import io.jfio.engine.output.json.JsonReport;
import io.jfio.engine.output.terse.TerseReport;
import io.jfio.engine.output.text.TextReport;
import io.jfio.model.job.JobSpec;
import io.jfio.model.result.RunResult;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The selected report formats together, printed in fio's order (terse, then JSON or json+, then normal;
 * json+ replaces json when both are asked for). Used for the final report and for each periodic
 * {@code --status-interval} report. Stateless apart from its settings; any thread.
 */
public final class Reports {

    private final Set<ReportFormat> formats;
    private final List<JobReportOptions> options;
    private final TextReport text;
    private final JsonReport json;
    private final TerseReport terse;

    /**
     * Reports with terse version 3.
     *
     * @param formats the selected formats (at least one)
     * @param jobs    the jobs of the run, in the order the runner reports them
     */
    public Reports(ReportEnvironment environment, Set<ReportFormat> formats, List<JobSpec> jobs) {
        this(environment, formats, jobs, TerseReport.DEFAULT_VERSION);
    }

    /**
     * @param formats      the selected formats (at least one)
     * @param jobs         the jobs of the run, in the order the runner reports them
     * @param terseVersion the terse version written ({@code --terse-version}: 2, 3, 4 or 5)
     */
    public Reports(ReportEnvironment environment, Set<ReportFormat> formats, List<JobSpec> jobs, int terseVersion) {
        Objects.requireNonNull(environment, "environment");
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no report format selected");
        }
        this.formats = EnumSet.copyOf(formats);
        this.options = JobReportOptions.of(jobs);
        this.text = new TextReport(environment);
        this.json = new JsonReport(environment, formats.contains(ReportFormat.JSON_PLUS));
        this.terse = new TerseReport(environment, terseVersion);
    }

    /** The final report of {@code run} in every selected format. */
    public String render(RunResult run) {
        return renderAll(run, null);
    }

    /**
     * A periodic report: the cumulative figures of {@code snapshot} in every selected format, the JSON form
     * with each job's figures since the previous report.
     *
     * @param intervals one entry per job of the snapshot, in job order ({@code null} entries: none)
     */
    public String renderPeriodic(RunResult snapshot, List<IntervalFigures> intervals) {
        return renderAll(snapshot, intervals);
    }

    /** True if the output starts on a fresh line of its own (fio's normal report opens with an empty line). */
    public boolean startsWithNewline() {
        return formats.equals(EnumSet.of(ReportFormat.NORMAL));
    }

    private String renderAll(RunResult run, List<IntervalFigures> intervals) {
        StringBuilder out = new StringBuilder();
        if (formats.contains(ReportFormat.TERSE)) {
            out.append(terse.renderWith(run, options));
        }
        if (formats.contains(ReportFormat.JSON) || formats.contains(ReportFormat.JSON_PLUS)) {
            out.append(intervals == null ? json.renderWith(run, options) : json.renderPeriodic(run, options, intervals));
        }
        if (formats.contains(ReportFormat.NORMAL)) {
            out.append(text.renderWith(run, options));
        }
        return out.toString();
    }
}

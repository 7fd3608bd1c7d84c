package io.jfio.app.results;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.jfio.app.live.LiveViewWarmUp;
import io.jfio.app.task.IdleSteps;
import io.jfio.app.theme.Theme;
import io.jfio.model.job.JobFileParser;
import io.jfio.model.job.JobResolver;
import io.jfio.model.job.JobSpec;
import io.jfio.model.result.CpuUsage;
import io.jfio.model.result.DepthHistogram;
import io.jfio.model.result.IssuedCounts;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.RunResult;

import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Fills a throwaway results view off-screen with a made-up run while the window is idle, a step per frame,
 * and lays out and renders its "Jobs" tab (the one a run's end shows; the others are laid out only when
 * chosen), so the first real run's results do not pay for it: in a fresh window the
 * first results took 35-65 ms of FX-thread CPU in one go, and over 200 ms in some runs, against about 20 ms
 * later. Its own steps are that first-use cost moved to the idle window: adding the made-up run took 250-300 ms
 * and rendering the tab 110-160 ms on a 2-core VM, a second or two after the window opened. Stops at once when
 * {@code runActive} turns true (the window says so from F5 on). JavaFX thread only.
 */
public final class ResultsWarmUp {

    private static final String JOB_FILE = "[warm-up]\nioengine=null\nrw=rw\n";

    /** Frames before the tabs: the view, then the run added to it. */
    private static final int SETUP_STEPS = 2;
    /** Frames showing the "Jobs" tab, the one a run's end shows: laid out, then rendered. */
    static final int JOBS_TAB_STEPS = 2;

    private final IdleSteps steps;
    private final Theme theme;
    private ResultsViewModel model;
    private ResultsView view;

    private ResultsWarmUp(Theme theme, BooleanSupplier runActive) {
        this.theme = theme;
        steps = new IdleSteps(SETUP_STEPS + JOBS_TAB_STEPS, IdleSteps.NEXT_FRAME, runActive, this::step,
                this::drop);
    }

    /**
     * Starts after {@code delay}; returns its steps, which a caller may stop (dropping the throwaway view) or
     * follow ({@link IdleSteps#stepsTaken}, {@link IdleSteps#isDone}).
     */
    public static IdleSteps start(Theme theme, BooleanSupplier runActive, Duration delay) {
        ResultsWarmUp warmUp = new ResultsWarmUp(theme, runActive);
        warmUp.steps.start(delay);
        return warmUp.steps;
    }

    // Each step is one frame's work, so that warming up never holds the FX thread for long itself.
    private void step(int step) {
        if (step == 0) {
            model = new ResultsViewModel();
            view = new ResultsView(model);
            theme.applyTo(new Scene(view, 1280, 720));
        } else if (step == 1) {
            RunWindows windows = new RunWindows();
            for (int i = 0; i < 6; i++) {
                windows.add(LiveViewWarmUp.window(i));
            }
            model.add("warm-up.fio", run(), jobs(), windows);
        }
        view.resize(1280, 720);
        view.applyCss();
        view.layout();
        if (step == SETUP_STEPS + JOBS_TAB_STEPS - 1) {
            view.snapshot(null, null);
        }
    }

    private void drop() {
        model = null;
        view = null;
    }

    /** The made-up run's rows of the Jobs table (for {@link ResultsView#primeJobsTable}; never shown to a user). */
    public static List<ResultRow> madeUpRows() {
        return RunTables.of(run(), jobs()).rows();
    }

    static List<JobSpec> jobs() {
        return JobResolver.standard().resolve(JobFileParser.parse(JOB_FILE, "warm-up.fio")).jobs();
    }

    /** One job reading and writing for 3 s, its statistics those of the live warm-up's windows. */
    static RunResult run() {
        JobResult job = new JobResult(LiveViewWarmUp.cumulative(5), "warm-up", 0, 0, 0, "", 3000, 3000,
                new CpuUsage(12.5, 30.25, 1200, 0, 350), DepthHistogram.empty(DepthHistogram.IO_DEPTH_EDGES),
                DepthHistogram.empty(DepthHistogram.BATCH_EDGES), DepthHistogram.empty(DepthHistogram.BATCH_EDGES),
                IssuedCounts.none(), LatencySummary.EMPTY, Map.of(), List.of());
        return new RunResult(List.of(job), List.of(), 0, Map.of(), false);
    }
}

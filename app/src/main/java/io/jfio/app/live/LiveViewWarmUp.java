package io.jfio.app.live;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.jfio.app.task.IdleSteps;
import io.jfio.app.theme.Theme;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.JobStats;
import io.jfio.model.result.LatencyBuckets;
import io.jfio.model.result.LatencyHistogram;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.Percentile;
import io.jfio.model.result.RateSummary;

import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Draws a throwaway live view off-screen, fed with made-up sample windows, while the window is idle after it
 * opens, so that the user's first run does not pay for it on the JavaFX thread: measured in a fresh window,
 * the first live windows of a first run held the FX thread for 50-120 ms at a time (classes loaded, CSS
 * matched, and the charts' layout code run by the interpreter) against about 15 ms in a later run. The
 * throwaway view is never shown and is dropped at the end; each step is one batch and one CSS and layout pass,
 * on its own frame (one step per frame, so that the warm-ups are over before a prompt F5), and every eighth
 * step also renders it to an image. The first step is the first-use cost moved to the idle window (400-500 ms
 * on a 2-core VM; later steps 10-80 ms). It stops at once when {@code runActive} turns true (the window says so
 * from F5 on), so it never competes with a run.
 * JavaFX thread only.
 */
public final class LiveViewWarmUp {

    /**
     * Steps: the charts' per-frame code run often enough for the JIT (as many windows as an 8-second run draws),
     * and few enough that the warm-ups end before an F5 two seconds after a file opened. 16 rather than 24: six
     * first runs kept every FX wait under 50 ms, and the results could then be warmed up before that F5 too.
     */
    public static final int STEPS = 16;
    private static final long WINDOW_NANOS = 500_000_000L;
    private static final String JOB = "warm-up";

    private final IdleSteps steps;
    private LiveViewModel model = new LiveViewModel();
    private LiveView view = new LiveView(model);

    private LiveViewWarmUp(Theme theme, BooleanSupplier runActive) {
        view.paceUpdatesOverFrames(); // as the window's live view: the same code warms up
        Scene scene = new Scene(view, 1280, 720);
        theme.applyTo(scene);
        model.runStarted();
        steps = new IdleSteps(STEPS, IdleSteps.NEXT_FRAME, runActive, this::step, this::drop);
    }

    /**
     * Starts warming up after {@code delay}; returns its steps, which a caller may stop (dropping the throwaway
     * view), follow ({@link IdleSteps#stepsTaken}, {@link IdleSteps#isDone}) or chain the next warm-up to
     * ({@link IdleSteps#setOnCompleted}).
     */
    public static IdleSteps start(Theme theme, BooleanSupplier runActive, Duration delay) {
        LiveViewWarmUp warmUp = new LiveViewWarmUp(theme, runActive);
        warmUp.steps.start(delay);
        return warmUp.steps;
    }

    private void step(int step) {
        model.accept(List.of(window(step)));
        // A run's first window makes its lines, legends and their styles: switching the latency kind makes
        // the latency chart's lines again, so that code is warm too, not only the code adding points. Every
        // third step only: a switch is most of a step's cost, and the steps must end before a prompt F5.
        if (step % 3 == 1) {
            model.latencyKindProperty().set(LatencyKind.values()[step / 3 % LatencyKind.values().length]);
        }
        if (step % 3 == 2) {
            model.acceptCumulative(List.of(cumulative(step)));
        }
        view.flushUpdates(); // this step's batch drawn in this step's frame, a chart after the other
        view.resize(1280, 720);
        view.applyCss();
        view.layout();
        if (step % 8 == 0) {
            // Rendered too, now and then: the first frames of charts also set up the renderer's paths, glyphs
            // and (with a GL pipeline) shaders, which the render thread would otherwise do during the run.
            view.snapshot(null, null);
        }
    }

    private void drop() {
        model.runEnded("warm-up");
        view = null;
        model = null;
    }

    /**
     * Made-up window {@code index} of a job reading and writing, its rates and latencies varying as a run's
     * do (for warm-ups: never shown to a user).
     */
    public static IntervalSample window(int index) {
        double wobble = 1 + 0.2 * Math.sin(index);
        List<DirectionWindow> directions = new ArrayList<>();
        for (Direction direction : List.of(Direction.READ, Direction.WRITE)) {
            double iops = 50_000 * wobble * (direction == Direction.READ ? 1 : 0.5);
            long ios = (long) (iops * WINDOW_NANOS / 1e9);
            LatencySummary latency = summary((long) (20_000 * wobble));
            directions.add(new DirectionWindow(direction, ios * 4096, ios, iops, iops * 4, 4096, latency, latency,
                    summary(2_000), null));
        }
        long start = index * WINDOW_NANOS;
        return new IntervalSample(JOB, 1, start, start + WINDOW_NANOS, false, directions);
    }

    private static LatencySummary summary(long p50Nanos) {
        return new LatencySummary(100, p50Nanos / 2, p50Nanos * 20, p50Nanos, p50Nanos / 10.0, List.of(
                new Percentile(50, p50Nanos), new Percentile(90, p50Nanos * 2), new Percentile(99, p50Nanos * 5),
                new Percentile(99.9, p50Nanos * 10)));
    }

    /** The made-up job's cumulative statistics after window {@code index}, with a clat histogram. */
    public static JobStats cumulative(int index) {
        long n = 1000L * (index + 1);
        LatencyHistogram clat = LatencyHistogram.of(new long[] {10_000, 20_000, 100_000, 1_000_000},
                new long[] {n / 2, n / 2 - n / 100, n / 100 - n / 1000, n / 1000});
        LatencySummary summary = new LatencySummary(clat.total(), 10_000, 1_000_000, 20_000, 5_000,
                List.of(new Percentile(50, clat.valueAtPercentile(50))), clat);
        List<DirectionStats> directions = new ArrayList<>();
        for (Direction direction : List.of(Direction.READ, Direction.WRITE)) {
            directions.add(new DirectionStats(direction, clat.total() * 4096, clat.total(), (index + 1) * WINDOW_NANOS,
                    summary, summary, LatencySummary.EMPTY, RateSummary.EMPTY, RateSummary.EMPTY));
        }
        return new JobStats(JOB, 1, directions, LatencyBuckets.of(new long[LatencyBuckets.BUCKET_COUNT]), index + 1, 0);
    }
}

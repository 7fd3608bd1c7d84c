package io.jfio.app.live;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import io.jfio.engine.output.status.JobProgress;
import io.jfio.engine.run.JobSettings;
import io.jfio.engine.run.RunListener;
import io.jfio.engine.sample.JobSampler;
import io.jfio.engine.sample.SampleChannel;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.JobStats;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Carries a run's sample windows and progress to a {@link LiveViewModel} at a frame rate: as the run's
 * listener it subscribes one bounded channel per job (runner thread) and keeps the latest progress
 * (runner thread); a {@link Timeline} at about 10 Hz then drains every channel in one batch and updates
 * the model once (JavaFX thread), and hands it the jobs' newest cumulative statistics (histograms included)
 * that the samplers snapshot every {@value #DISTRIBUTION_PERIOD_MILLIS} ms of job time, for the distribution
 * chart. It asks the samplers for windows that keep their latency histograms, read out by the engine's
 * publishing thread, so that the model can merge the jobs' windows into exact percentiles. The engine's
 * threads never wait for the UI: a full channel drops windows and counts them, and the
 * snapshots are read lock-free. {@link #drainOnce} is the JavaFX-thread step, public for tests.
 */
public final class SampleDrain implements RunListener {

    /** Windows a channel holds between two drains before it drops (about 100 s of 100 ms windows). */
    public static final int CHANNEL_CAPACITY = 1024;
    private static final Duration PERIOD = Duration.millis(100);
    private static final int DRAIN_LIMIT = CHANNEL_CAPACITY;
    /** Job time between two cumulative snapshots: the distribution chart redraws at most about 4 times a second. */
    public static final long DISTRIBUTION_PERIOD_MILLIS = 250;

    private final LiveViewModel model;
    private final List<SampleChannel> channels = new CopyOnWriteArrayList<>();
    private final List<JobSampler> samplers = new CopyOnWriteArrayList<>();
    private final java.util.Map<JobSampler, JobStats> shownCumulative = new java.util.IdentityHashMap<>();
    private final java.util.Set<JobSampler> announced =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final AtomicReference<List<JobProgress>> progress = new AtomicReference<>(List.of());
    private final Timeline timeline;

    public SampleDrain(LiveViewModel model) {
        this.model = model;
        this.timeline = new Timeline(new KeyFrame(PERIOD, event -> drainOnce()));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    /** Runner thread: subscribes to the job's windows before its sampler starts. */
    @Override
    public void jobPrepared(JobSettings job, JobSampler sampler) {
        channels.add(subscribeLive(sampler));
        samplers.add(sampler);
    }

    /**
     * Runner thread: asks a job's sampler for what the live view takes (windows with their latency histograms,
     * cumulative snapshots) and returns the channel of its windows. {@link EngineWarmUp} prepares its throwaway
     * run the same way, so that the JIT compiles the paths a GUI run takes.
     */
    static SampleChannel subscribeLive(JobSampler sampler) {
        SampleChannel channel = sampler.subscribe("gui", CHANNEL_CAPACITY);
        sampler.keepCumulativeSnapshots(DISTRIBUTION_PERIOD_MILLIS);
        sampler.keepWindowHistograms(); // the "all jobs" latency lines merge the jobs' windows exactly
        return channel;
    }

    /** Runner thread: keeps the newest progress for the next frame. */
    @Override
    public void progress(List<JobProgress> jobs) {
        progress.set(List.copyOf(jobs));
    }

    /** JavaFX thread: starts draining at about 10 Hz. */
    public void start() {
        timeline.play();
    }

    /** JavaFX thread: stops the timer and takes in what is left. */
    public void stop() {
        timeline.stop();
        drainOnce();
    }

    /** JavaFX thread: moves every waiting window into the model in one batch; returns how many. */
    public int drainOnce() {
        // announced before their windows are taken in, so that the sums wait for every started job
        for (JobSampler sampler : samplers) {
            if (sampler.isStarted() && announced.add(sampler)) {
                model.jobStarted(sampler.config().jobName(), sampler.config().jobIndex());
            }
        }
        List<IntervalSample> batch = new ArrayList<>();
        for (SampleChannel channel : channels) {
            channel.drain(batch::add, DRAIN_LIMIT);
        }
        if (!batch.isEmpty()) {
            model.accept(batch);
        }
        // the samplers' newest cumulative snapshots, read without waiting; only new ones redraw
        List<JobStats> fresh = new ArrayList<>();
        for (JobSampler sampler : samplers) {
            JobStats latest = sampler.latestCumulative();
            if (latest != null && shownCumulative.put(sampler, latest) != latest) {
                fresh.add(latest);
            }
        }
        if (!fresh.isEmpty()) {
            model.acceptCumulative(fresh);
        }
        model.updateProgress(progress.get());
        return batch.size();
    }

    /** Windows the channels dropped because the UI fell behind. Any thread. */
    public long droppedCount() {
        return channels.stream().mapToLong(SampleChannel::droppedCount).sum();
    }
}

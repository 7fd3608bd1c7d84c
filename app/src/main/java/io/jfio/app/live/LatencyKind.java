package io.jfio.app.live;

import java.util.Locale;

import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.LatencySummary;

/** Which latency the latency charts show, as fio names them. Immutable; any thread. */
public enum LatencyKind {
    /** Completion latency: issue to completion. */
    CLAT,
    /** Total latency: start to completion. */
    LAT,
    /** Submission latency (asynchronous engines only). */
    SLAT;

    /** fio's name: "clat", "lat", "slat". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This latency of a window. */
    public LatencySummary of(DirectionWindow window) {
        return switch (this) {
            case CLAT -> window.clat();
            case LAT -> window.lat();
            case SLAT -> window.slat();
        };
    }

    /** This latency of a job's cumulative statistics. */
    public LatencySummary of(DirectionStats stats) {
        return switch (this) {
            case CLAT -> stats.clat();
            case LAT -> stats.lat();
            case SLAT -> stats.slat();
        };
    }

    @Override
    public String toString() {
        return label();
    }
}

package io.jfio.app.results;

/** One point of a series over time: seconds since the job's start, and the value. Immutable; any thread. */
public record TimePoint(double seconds, double value) {
}

package io.jfio.app.results;

/** How graphs that compare runs group their lines. Immutable; any thread. */
public enum CompareGrouping {
    /** One line per run and direction: the run's jobs summed, their latencies merged. */
    PER_RUN("Per run"),
    /** One line per run, job and direction. */
    PER_JOB("Per job");

    private final String label;

    CompareGrouping(String label) {
        this.label = label;
    }

    /** The choice as the compare view offers it ("Per run"). */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}

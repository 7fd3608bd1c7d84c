package io.jfio.engine.workload;

/** {@code rate_process}: how rated I/O is spaced. Immutable; any thread. */
public enum RateProcess {
    /** Evenly spaced I/Os (fio's default). */
    LINEAR,
    /** Exponentially distributed gaps with the same mean: a Poisson arrival process. */
    POISSON
}

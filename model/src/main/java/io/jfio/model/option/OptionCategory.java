package io.jfio.model.option;

/**
 * Groups of options, following the sections of fio's HOWTO ("Job parameters"). The GUI's property
 * sheet shows one category per group. Immutable; any thread.
 */
public enum OptionCategory {
    UNITS("Units"),
    DESCRIPTION("Job description"),
    TIME("Time related parameters"),
    TARGET("Target file/device"),
    IO_TYPE("I/O type"),
    BLOCK_SIZE("Block size"),
    BUFFERS("Buffers and memory"),
    IO_SIZE("I/O size"),
    IO_ENGINE("I/O engine"),
    ENGINE_SPECIFIC("I/O engine specific parameters"),
    IO_DEPTH("I/O depth"),
    IO_RATE("I/O rate"),
    IO_LATENCY("I/O latency"),
    IO_REPLAY("I/O replay"),
    THREADS("Threads, processes and job synchronization"),
    VERIFICATION("Verification"),
    STEADY_STATE("Steady state"),
    REPORTING("Measurements and reporting"),
    ERROR_HANDLING("Error handling"),
    /** Options no "Job parameters" section documents ({@code profile}, under "Running predefined workloads"). */
    MISC("Miscellaneous");

    private final String title;

    OptionCategory(String title) {
        this.title = title;
    }

    /** The heading as fio's HOWTO spells it. */
    public String title() {
        return title;
    }
}

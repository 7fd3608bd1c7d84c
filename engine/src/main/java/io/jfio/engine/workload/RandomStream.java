package io.jfio.engine.workload;

/**
 * The purposes that get their own independent random sequence, as fio keeps separate generator states,
 * so that changing e.g. the block-size mix does not move the offsets a job visits. Immutable; any thread.
 */
public enum RandomStream {
    /** Random offsets (uniform draws, the permutation keys of the random map). */
    OFFSET,
    /** Non-uniform offset distributions (zipf, pareto, normal, zoned) and their rank scattering. */
    DISTRIBUTION,
    /** The read/write choice of mixed workloads (rwmixread). */
    RW_MIX,
    /** Block sizes of reads (bsrange, bssplit). */
    BLOCK_SIZE_READ,
    /** Block sizes of writes. */
    BLOCK_SIZE_WRITE,
    /** Block sizes of trims. */
    BLOCK_SIZE_TRIM,
    /** The sequential-or-random choice of percentage_random. */
    SEQUENTIAL_OR_RANDOM,
    /** The file chosen by file_service_type=random. */
    FILE_SELECTION,
    /** Inter-arrival times of rate_process=poisson. */
    RATE_ARRIVAL,
    /** Buffer contents (refill_buffers, scramble_buffers); repeatable only with allrandrepeat. */
    BUFFER_CONTENT
}

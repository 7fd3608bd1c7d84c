package io.jfio.app.results;

/**
 * fio's "Run status group N (all jobs)" line for one direction: the group's bytes, its aggregate bandwidth
 * (those bytes over the longest runtime), the slowest and fastest job's bandwidth and the shortest and
 * longest runtime, from the engine's {@link io.jfio.engine.output.GroupRunStats}; plus the group's I/Os
 * and their rate over the same longest runtime. Immutable; any thread.
 */
public record GroupRow(int groupId, String direction, long ios, long ioBytes, long aggregateBytesPerSecond,
                       long aggregateIops, long minBytesPerSecond, long maxBytesPerSecond, long minRuntimeMillis,
                       long maxRuntimeMillis) {
}

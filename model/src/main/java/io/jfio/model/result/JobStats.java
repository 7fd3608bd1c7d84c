package io.jfio.model.result;

import java.util.List;
import java.util.Objects;

/**
 * The sampler's cumulative statistics for one job: per direction figures, fio's latency buckets, and
 * how many window samples its consumers lost to full channels. Immutable; any thread.
 *
 * @param jobName        the job's section name
 * @param jobIndex       the job's 1-based number
 * @param directions     one entry per sampled direction, in {@link Direction} order
 * @param latencyBuckets the clat distribution over all directions (fio's "lat (usec): ..." lines)
 * @param windowsClosed  number of sample windows closed so far
 * @param droppedSamples window samples offered to a full consumer channel, summed over consumers
 */
public record JobStats(String jobName, int jobIndex, List<DirectionStats> directions,
                       LatencyBuckets latencyBuckets, long windowsClosed, long droppedSamples) {

    public JobStats {
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(latencyBuckets, "latencyBuckets");
        directions = List.copyOf(directions);
    }

    /** The entry for {@code direction}, or {@code null} if the job does not sample it. */
    public DirectionStats direction(Direction direction) {
        for (DirectionStats s : directions) {
            if (s.direction() == direction) {
                return s;
            }
        }
        return null;
    }
}

package io.jfio.engine.output;

import io.jfio.model.result.Direction;

import java.util.ArrayList;
import java.util.List;

/**
 * fio's "Run status group" figures of one reporting group, per direction: the bytes of all its jobs, the
 * aggregate bandwidth (those bytes over the longest runtime), the slowest and fastest job's bandwidth, and
 * the shortest and longest runtime, over the reported entries that did I/O in that direction; and the
 * units its text lines are printed in, its first entry's, as fio takes them. Immutable; any thread.
 */
public final class GroupRunStats {

    private static final int DIRECTIONS = Direction.values().length;

    private final int groupId;
    private final ReportUnits units;
    private final long[] ioBytes = new long[DIRECTIONS];
    private final long[] minBytesPerSecond = new long[DIRECTIONS];
    private final long[] maxBytesPerSecond = new long[DIRECTIONS];
    private final long[] minRuntimeMillis = new long[DIRECTIONS];
    private final long[] maxRuntimeMillis = new long[DIRECTIONS];

    private GroupRunStats(int groupId, List<ReportedJob> members) {
        this.groupId = groupId;
        this.units = members.isEmpty() ? ReportUnits.DEFAULT : members.get(0).options().units();
        for (Direction d : Direction.values()) {
            int i = d.ordinal();
            boolean first = true;
            for (ReportedJob job : members) {
                DirectionFigures f = DirectionFigures.of(job.result(), d);
                if (!f.hasIo()) {
                    continue;
                }
                ioBytes[i] += f.bytes();
                long bw = f.bytesPerSecond();
                minBytesPerSecond[i] = first ? bw : Math.min(minBytesPerSecond[i], bw);
                maxBytesPerSecond[i] = first ? bw : Math.max(maxBytesPerSecond[i], bw);
                minRuntimeMillis[i] = first ? f.runtimeMillis() : Math.min(minRuntimeMillis[i], f.runtimeMillis());
                maxRuntimeMillis[i] = Math.max(maxRuntimeMillis[i], f.runtimeMillis());
                first = false;
            }
        }
    }

    /** The groups of {@code entries}, ascending by group id. */
    public static List<GroupRunStats> of(List<ReportedJob> entries) {
        List<GroupRunStats> groups = new ArrayList<>();
        entries.stream().map(ReportedJob::groupId).distinct().sorted().forEach(id ->
                groups.add(new GroupRunStats(id, entries.stream().filter(e -> e.groupId() == id).toList())));
        return groups;
    }

    /** The group of {@code groupId} among {@code groups}, or an empty one. */
    public static GroupRunStats find(List<GroupRunStats> groups, int groupId) {
        for (GroupRunStats g : groups) {
            if (g.groupId == groupId) {
                return g;
            }
        }
        return new GroupRunStats(groupId, List.of());
    }

    public int groupId() {
        return groupId;
    }

    /** The units of the group's text lines: its first entry's kb_base and unit_base. */
    public ReportUnits units() {
        return units;
    }

    /** True if a job of the group did I/O in {@code direction}. */
    public boolean hasIo(Direction direction) {
        return maxRuntimeMillis[direction.ordinal()] > 0;
    }

    public long ioBytes(Direction direction) {
        return ioBytes[direction.ordinal()];
    }

    /** The group's bytes over its longest runtime, in bytes per second (fio's aggrb). */
    public long aggregateBytesPerSecond(Direction direction) {
        long run = maxRuntimeMillis[direction.ordinal()];
        return run == 0 ? 0 : DirectionFigures.multiplyThenDivide(ioBytes[direction.ordinal()], 1000, run);
    }

    public long minBytesPerSecond(Direction direction) {
        return minBytesPerSecond[direction.ordinal()];
    }

    public long maxBytesPerSecond(Direction direction) {
        return maxBytesPerSecond[direction.ordinal()];
    }

    public long minRuntimeMillis(Direction direction) {
        return minRuntimeMillis[direction.ordinal()];
    }

    public long maxRuntimeMillis(Direction direction) {
        return maxRuntimeMillis[direction.ordinal()];
    }
}

package io.jfio.model.value;

import java.util.List;

/**
 * One direction of a bssplit (4k/10:64k/50:32k/40): block sizes with the percentage of I/Os that use
 * each. Entries whose percentage was left blank already hold fio's even share of the remainder.
 * Immutable; any thread.
 *
 * @param entries the entries in the order given
 */
public record BlockSizeSplit(List<Entry> entries) implements OptionValue {

    public BlockSizeSplit {
        entries = List.copyOf(entries);
    }

    /** The sum of all percentages (at most 100). */
    public int totalPercent() {
        int total = 0;
        for (Entry entry : entries) {
            total += entry.percent();
        }
        return total;
    }

    /**
     * One block size and its share.
     *
     * @param blockSizeBytes the block size
     * @param percent        the share of I/Os, 0 to 100
     */
    public record Entry(long blockSizeBytes, int percent) {
    }
}

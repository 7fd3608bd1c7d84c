package io.jfio.model.value;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads bssplit values: {@code blocksize/percentage} entries joined by ':', one list per direction
 * joined by ','. A blank percentage gets an even share of what the others leave (fio's rule,
 * integer division); percentages that add up to more than 100 are an error (HOWTO; fio 3.33 only
 * notices in some cases). Stateless; any thread.
 */
public final class BlockSizeSplitParser {

    /** fio's limit on entries per direction. */
    public static final int MAX_ENTRIES = 64;

    private BlockSizeSplitParser() {
    }

    /** The split for each direction; {@code kbBase} is the job's kb_base. */
    public static PerDirection<BlockSizeSplit> parse(String text, int kbBase) {
        return DirectionalSplit.perDirection(DirectionalSplit.elements(text, false), part -> parseOne(part, kbBase));
    }

    static BlockSizeSplit parseOne(String text, int kbBase) {
        String[] items = text.split(":", -1);
        if (items.length > MAX_ENTRIES) {
            throw new ValueException("at most " + MAX_ENTRIES + " block sizes per direction, found " + items.length);
        }
        List<Long> sizes = new ArrayList<>();
        List<Integer> percents = new ArrayList<>();
        int total = 0;
        int missing = 0;
        for (String item : items) {
            int slash = item.indexOf('/');
            String size = slash < 0 ? item : item.substring(0, slash);
            String percent = slash < 0 ? "" : item.substring(slash + 1);
            long bytes = SizeParser.parseBytes(size, kbBase);
            if (bytes == 0) {
                throw new ValueException("block size '" + size + "' in '" + text + "' is below the minimum 1");
            }
            sizes.add(bytes);
            if (percent.isEmpty()) {
                percents.add(null);
                missing++;
            } else {
                int value = percentage(percent, text);
                percents.add(value);
                total += value;
            }
        }
        if (total > 100) {
            throw new ValueException("percentages in '" + text + "' add up to " + total + ", more than 100");
        }
        List<BlockSizeSplit.Entry> entries = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            Integer percent = percents.get(i);
            int share = percent != null ? percent : (100 - total) / missing;
            entries.add(new BlockSizeSplit.Entry(sizes.get(i), share));
        }
        return new BlockSizeSplit(entries);
    }

    static int percentage(String text, String whole) {
        if (!text.matches("[0-9]{1,3}")) {
            throw new ValueException("'" + text + "' in '" + whole + "' is not a percentage (a whole number 0 to 100)");
        }
        int value = Integer.parseInt(text);
        if (value > 100) {
            throw new ValueException("'" + text + "' in '" + whole + "' is above the maximum 100");
        }
        return value;
    }
}

package io.jfio.engine.run;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * fio's {@code cpus_allowed} list: CPU numbers and ranges separated by commas ({@code 0-3,6,8-9}).
 * Stateless; any thread.
 */
final class CpuList {

    private static final int MAX_CPU = 1023;

    private CpuList() {
    }

    /** The CPUs the job may run on, ascending; empty when cpus_allowed is not set. */
    static List<Integer> parse(OptionReader r) {
        Optional<String> text = r.isSet("cpus_allowed") ? r.string("cpus_allowed") : Optional.empty();
        if (text.isEmpty() || text.get().isBlank()) {
            return List.of();
        }
        try {
            return parse(text.get());
        } catch (IllegalArgumentException e) {
            throw r.error("cpus_allowed", e.getMessage());
        }
    }

    /** The CPUs of a list such as {@code 0-3,6}. */
    static List<Integer> parse(String text) {
        BitSet cpus = new BitSet();
        for (String part : text.split(",")) {
            String item = part.trim();
            if (item.isEmpty()) {
                continue;
            }
            int dash = item.indexOf('-');
            int low = cpu(dash < 0 ? item : item.substring(0, dash), text);
            int high = dash < 0 ? low : cpu(item.substring(dash + 1), text);
            if (high < low) {
                throw new IllegalArgumentException("'" + item + "' is a reversed CPU range");
            }
            cpus.set(low, high + 1);
        }
        if (cpus.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' names no CPU");
        }
        List<Integer> out = new ArrayList<>();
        cpus.stream().forEach(out::add);
        return out;
    }

    /** The list as the BitSet {@link io.jfio.engine.nativeio.ThreadControl#setAffinity} takes. */
    static BitSet toBitSet(List<Integer> cpus) {
        BitSet set = new BitSet();
        cpus.forEach(set::set);
        return set;
    }

    private static int cpu(String text, String whole) {
        try {
            int cpu = Integer.parseInt(text.trim());
            if (cpu < 0 || cpu > MAX_CPU) {
                throw new IllegalArgumentException("CPU " + cpu + " is out of range 0-" + MAX_CPU);
            }
            return cpu;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + whole + "' is not a CPU list such as 0-3,6");
        }
    }
}

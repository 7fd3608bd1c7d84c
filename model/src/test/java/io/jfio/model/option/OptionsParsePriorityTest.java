package io.jfio.model.option;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsParsePriorityTest {

    private static final Options CATALOG = Options.catalog();

    /** The canonical names of {@code keys} (as written in a section) in the order fio applies them. */
    private static List<String> applyOrder(List<String> keys) {
        List<OptionSpec> specs = new ArrayList<>();
        for (String key : keys) {
            specs.add(CATALOG.lookup(key).orElseThrow(() -> new AssertionError("unknown option " + key)));
        }
        specs.sort(OptionSpec.PARSE_ORDER);
        return specs.stream().map(OptionSpec::name).toList();
    }

    @Test
    void sortingByPriorityReproducesFioShowcmdOnTheCorpus() {
        List<String> lines = Golden.lines("fio-showcmd-order.tsv");
        assertTrue(lines.size() > 250, "golden sections: " + lines.size());
        for (String line : lines) {
            String[] cells = line.split("\t", -1);
            List<String> fileOrder = cells[2].isEmpty() ? List.of() : Arrays.asList(cells[2].split(" "));
            List<String> fioOrder = cells[3].isEmpty() ? List.of() : Arrays.asList(cells[3].split(" "));
            assertEquals(fioOrder, applyOrder(fileOrder), cells[0] + " [" + cells[1] + "]");
        }
    }

    @Test
    void filenameIsAppliedAfterLaterOptions() {
        assertEquals(List.of("write_lat_log", "filename"), applyOrder(List.of("filename", "write_lat_log")));
    }

    @Test
    void kbBaseIsAppliedBeforeTheSizesItScales() {
        assertEquals(List.of("kb_base", "bs", "size"), applyOrder(List.of("bs", "size", "kb_base")));
    }

    @Test
    void engineOptionsComeLastInFileOrder() {
        assertEquals(List.of("ioengine", "filename", "sqthread_poll", "hipri"),
                applyOrder(List.of("sqthread_poll", "ioengine", "hipri", "filename")));
    }

    @Test
    void equalPrioritiesKeepFileOrder() {
        assertEquals(List.of("rw", "bs", "size", "directory"), applyOrder(List.of("rw", "bs", "size", "directory")));
    }
}

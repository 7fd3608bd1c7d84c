package io.jfio.model.job;

import io.jfio.model.option.AllowedValue;
import io.jfio.model.option.OptionSpec;
import io.jfio.model.option.Options;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random job files built from the catalog's rows (sections, options, spacing, comments, blank lines,
 * CRLF) parse and re-write identically, and setOption changes exactly one line. Fixed seeds, so a
 * failure repeats.
 */
class RoundTripPropertyTest {

    private static final int CASES = 400;
    private static final String[] SECTION_NAMES = {"global", "job1", "rand-read", "seq write", "global-extra", "t0"};
    private static final String[] COMMENTS = {"; comment", "# note", ";", "#", "; a=b [x] include y"};
    private static final String[] VALUES = {"4k", "1", "0", "randread:8", "/dev/sda:/dev/sdb", "10s", "4k,64k", "50%",
            "${SIZE}", "8*$mb_memory", "zipf:1.2", "4k/50:64k/50", "1k-4k", "(1+3)*4k", ""};

    private final List<OptionSpec> options = Options.catalog().all();

    @Test
    void randomJobFilesRoundTripAndSetOptionChangesOneLine() {
        Random random = new Random(20240607L);
        for (int i = 0; i < CASES; i++) {
            List<Generated> lines = new ArrayList<>();
            String text = jobFile(random, lines);
            JobFile file = JobFileParser.parse(text, "random-" + i + ".fio");
            assertEquals(text, file.text(), "case " + i);
            assertEquals(lines.size(), file.lineCount(), "case " + i);
            setOneOption(random, file, i);
        }
    }

    @Test
    void arbitraryTextRoundTrips() {
        Random random = new Random(7L);
        String alphabet = "[]=;# \t\r\n\u000babcXYZ019:,-/$%{}()\\\u00e9";
        for (int i = 0; i < CASES; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(text.toString(), JobFileParser.parse(text.toString(), "junk.fio").text(), "case " + i);
        }
    }

    private void setOneOption(Random random, JobFile file, int caseNumber) {
        List<Section> sections = file.sections();
        List<int[]> candidates = new ArrayList<>();
        for (Section section : sections) {
            for (int line = section.headerLine() + 1; line <= section.lastLine(); line++) {
                if (file.line(line) instanceof OptionLine) {
                    candidates.add(new int[] {section.index(), line});
                }
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        int[] pick = candidates.get(random.nextInt(candidates.size()));
        String key = ((OptionLine) file.line(pick[1])).key();
        List<JobLine> before = file.lines();
        String newValue = "v" + caseNumber + "x" + random.nextInt(1000);
        file.setOption(pick[0], key, newValue);
        List<JobLine> after = file.lines();
        assertEquals(before.size(), after.size(), "case " + caseNumber + ": line count");
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed++;
                OptionLine rewritten = (OptionLine) after.get(i);
                assertEquals(newValue, rewritten.value(), "case " + caseNumber);
                assertEquals(before.get(i).ending(), rewritten.ending(), "case " + caseNumber);
            }
        }
        assertEquals(1, changed, "case " + caseNumber + ": lines changed");
        assertEquals(file.text(), JobFileParser.parse(file.text(), "again.fio").text());
    }

    private record Generated(String text) {
    }

    private String jobFile(Random random, List<Generated> lines) {
        boolean crlf = random.nextInt(4) == 0;
        boolean mixed = random.nextInt(8) == 0;
        int sectionCount = random.nextInt(5);
        List<String> raw = new ArrayList<>();
        if (random.nextBoolean()) {
            raw.add(COMMENTS[random.nextInt(COMMENTS.length)]);
        }
        for (int s = 0; s < sectionCount; s++) {
            raw.add(indent(random) + "[" + SECTION_NAMES[random.nextInt(SECTION_NAMES.length)] + "]"
                    + (random.nextInt(5) == 0 ? " " + COMMENTS[random.nextInt(COMMENTS.length)] : ""));
            int optionCount = random.nextInt(8);
            for (int o = 0; o < optionCount; o++) {
                int kind = random.nextInt(10);
                if (kind == 0) {
                    raw.add("");
                } else if (kind == 1) {
                    raw.add(indent(random) + COMMENTS[random.nextInt(COMMENTS.length)]);
                } else {
                    raw.add(optionLine(random));
                }
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < raw.size(); i++) {
            lines.add(new Generated(raw.get(i)));
            text.append(raw.get(i));
            boolean last = i == raw.size() - 1;
            // An empty last line without a terminator is no line at all, so it always gets one.
            if (!last || raw.get(i).isEmpty() || random.nextInt(3) > 0) {
                boolean thisCrlf = mixed ? random.nextBoolean() : crlf;
                text.append(thisCrlf ? "\r\n" : "\n");
            }
        }
        return text.toString();
    }

    private String optionLine(Random random) {
        OptionSpec spec = options.get(random.nextInt(options.size()));
        String key = spec.aliases().isEmpty() || random.nextBoolean() ? spec.name()
                : spec.aliases().get(random.nextInt(spec.aliases().size()));
        StringBuilder line = new StringBuilder(indent(random)).append(key);
        if (random.nextInt(6) > 0) {
            line.append(spaces(random)).append('=').append(spaces(random)).append(value(random, spec));
        }
        if (random.nextInt(5) == 0) {
            line.append(spaces(random)).append(COMMENTS[random.nextInt(COMMENTS.length)]);
        } else if (random.nextInt(6) == 0) {
            line.append(spaces(random));
        }
        return line.toString();
    }

    private String value(Random random, OptionSpec spec) {
        if (!spec.allowedValues().isEmpty() && random.nextBoolean()) {
            AllowedValue allowed = spec.allowedValues().get(random.nextInt(spec.allowedValues().size()));
            return allowed.value();
        }
        if (spec.defaultValue() != null && random.nextBoolean()) {
            return spec.defaultValue();
        }
        return VALUES[random.nextInt(VALUES.length)];
    }

    private static String indent(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> " ";
            case 1 -> "\t";
            case 2 -> "    ";
            default -> "";
        };
    }

    private static String spaces(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> " ";
            case 1 -> "\t";
            case 2 -> "  ";
            default -> "";
        };
    }

    @Test
    void generatorProducesEveryKindOfLine() {
        Random random = new Random(20240607L);
        boolean sawCrlf = false;
        boolean sawNoFinalNewline = false;
        boolean sawComment = false;
        boolean sawBare = false;
        for (int i = 0; i < CASES; i++) {
            String text = jobFile(random, new ArrayList<>());
            JobFile file = JobFileParser.parse(text, "g.fio");
            for (JobLine line : file.lines()) {
                sawCrlf |= line.ending() == LineEnding.CRLF;
                sawNoFinalNewline |= line.ending() == LineEnding.NONE;
                sawComment |= line instanceof CommentLine;
                sawBare |= line instanceof OptionLine option && option.isBare();
            }
        }
        assertTrue(sawCrlf && sawNoFinalNewline && sawComment && sawBare);
    }
}

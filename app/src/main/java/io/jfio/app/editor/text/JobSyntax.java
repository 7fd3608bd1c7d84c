package io.jfio.app.editor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.jfio.model.job.BlankLine;
import io.jfio.model.job.CommentLine;
import io.jfio.model.job.IncludeLine;
import io.jfio.model.job.JobFileParser;
import io.jfio.model.job.JobLine;
import io.jfio.model.job.OptionLine;
import io.jfio.model.job.SectionLine;
import io.jfio.model.job.UnrecognisedLine;

/**
 * Syntax highlighting for job files, from the model's own reading of each line (so what is coloured as a
 * key is what fio reads as a key): style classes {@code section}, {@code key}, {@code value},
 * {@code comment}, {@code include}, {@code include-path}, {@code variable} (${VAR} and fio's $keywords in
 * values), {@code invalid} (a line fio cannot read), plus {@code error} or {@code warning} on every
 * character of a line with a problem. Stateless; any thread.
 */
public final class JobSyntax {

    /** Style classes, as the stylesheet names them. */
    public static final String SECTION = "section";
    public static final String KEY = "key";
    public static final String VALUE = "value";
    public static final String COMMENT = "comment";
    public static final String INCLUDE = "include";
    public static final String INCLUDE_PATH = "include-path";
    public static final String VARIABLE = "variable";
    public static final String INVALID = "invalid";
    public static final String ERROR = "error";
    public static final String WARNING = "warning";

    /** ${NAME} environment variables and fio's own $keywords ($ncpus, $pagesize, $mb_memory, $jobnum...). */
    private static final Pattern VARIABLES = Pattern.compile("\\$\\{[^}]*}|\\$[A-Za-z_][A-Za-z_0-9]*");

    private JobSyntax() {
    }

    /**
     * The runs covering all of {@code text} ('\n' line ends), in order.
     *
     * @param errorLines   1-based lines that have an error
     * @param warningLines 1-based lines that have a warning (and no error)
     */
    public static List<StyledRun> runs(String text, Set<Integer> errorLines, Set<Integer> warningLines) {
        List<StyledRun> runs = new ArrayList<>();
        int lineNumber = 0;
        for (JobLine line : JobFileParser.parse(text, "highlight").lines()) {
            lineNumber++;
            String problem = errorLines.contains(lineNumber) ? ERROR
                    : warningLines.contains(lineNumber) ? WARNING : null;
            LineRuns out = new LineRuns(runs, problem);
            styleLine(line, out);
            out.plain(line.text().length() - out.position);
            out.newline(line.ending().terminator().length());
        }
        return merged(runs);
    }

    private static void styleLine(JobLine line, LineRuns out) {
        String text = line.text();
        int commentStart = commentStart(text);
        if (line instanceof CommentLine) {
            out.plain(commentStart);
            out.styled(text.length() - commentStart, COMMENT);
            return;
        }
        if (line instanceof BlankLine) {
            return;
        }
        int contentEnd = commentStart < 0 ? text.length() : commentStart;
        if (line instanceof SectionLine section) {
            int open = section.nameStart() - 1;
            int close = text.lastIndexOf(']', contentEnd - 1);
            out.plain(open);
            out.styled(close + 1 - open, SECTION);
        } else if (line instanceof OptionLine option) {
            out.plain(option.keyStart());
            out.styled(option.key().length(), KEY);
            if (!option.isBare()) {
                out.plain(option.valueStart() - out.position);
                value(text.substring(option.valueStart(), option.valueEnd()), out);
            }
        } else if (line instanceof IncludeLine include) {
            int keyword = text.indexOf("include");
            out.plain(keyword);
            out.styled("include".length(), INCLUDE);
            if (!include.path().isEmpty()) {
                out.plain(include.pathColumn() - 1 - out.position);
                out.styled(include.path().length(), INCLUDE_PATH);
            }
        } else if (line instanceof UnrecognisedLine) {
            out.styled(contentEnd, INVALID);
        }
        if (commentStart >= 0) {
            out.plain(commentStart - out.position);
            out.styled(text.length() - commentStart, COMMENT);
        }
    }

    private static void value(String value, LineRuns out) {
        Matcher matcher = VARIABLES.matcher(value);
        int done = 0;
        while (matcher.find()) {
            out.styled(matcher.start() - done, VALUE);
            out.styled(matcher.end() - matcher.start(), VALUE, VARIABLE);
            done = matcher.end();
        }
        out.styled(value.length() - done, VALUE);
    }

    /** fio's comment rule (see JobLine): everything from the first ';' or '#'. */
    private static int commentStart(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ';' || text.charAt(i) == '#') {
                return i;
            }
        }
        return -1;
    }

    private static List<StyledRun> merged(List<StyledRun> runs) {
        List<StyledRun> merged = new ArrayList<>();
        for (StyledRun run : runs) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).classes().equals(run.classes())) {
                merged.set(last, new StyledRun(merged.get(last).length() + run.length(), run.classes()));
            } else {
                merged.add(run);
            }
        }
        return merged;
    }

    /** Appends the runs of one line, adding the line's problem class to each. */
    private static final class LineRuns {
        private final List<StyledRun> runs;
        private final String problem;
        private int position;

        LineRuns(List<StyledRun> runs, String problem) {
            this.runs = runs;
            this.problem = problem;
        }

        void plain(int length) {
            styled(length);
        }

        void styled(int length, String... classes) {
            if (length <= 0) {
                return;
            }
            List<String> all = new ArrayList<>(List.of(classes));
            if (problem != null) {
                all.add(problem);
            }
            runs.add(new StyledRun(length, all));
            position += length;
        }

        void newline(int length) {
            if (length > 0) {
                runs.add(new StyledRun(length, List.of()));
            }
        }
    }
}

package io.jfio.model.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Replaces {@code include FILE} lines by the lines of FILE, recursively. fio 3.33 opens FILE as given
 * when it exists (relative to the working directory) and otherwise relative to the directory of the
 * file that includes it; included files may not open sections. Immutable; any thread.
 */
final class IncludeExpander {

    private static final int MAX_DEPTH = 16;

    private final Path workingDirectory;

    IncludeExpander(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** The lines of {@code file} with includes expanded; problems found on the way go to {@code problems}. */
    List<SourceLine> expand(JobFile file, List<Problem> problems) {
        List<SourceLine> out = new ArrayList<>();
        Deque<Path> stack = new ArrayDeque<>();
        file.path().ifPresent(p -> stack.push(p.toAbsolutePath().normalize()));
        expandInto(file, false, stack, out, problems);
        return out;
    }

    private void expandInto(JobFile file, boolean included, Deque<Path> stack, List<SourceLine> out,
                            List<Problem> problems) {
        boolean inSection = included;
        List<JobLine> lines = file.lines();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine source = new SourceLine(file.sourceName(), i + 1, lines.get(i), included);
            JobLine line = source.line();
            if (line instanceof SectionLine section) {
                if (included) {
                    problems.add(Problem.at(Severity.ERROR, source.at(section.nameColumn() - 1), null,
                            "an included file may not start a section ([" + section.name() + "])"));
                    continue;
                }
                inSection = true;
            }
            if (line instanceof IncludeLine include) {
                if (!inSection) {
                    problems.add(Problem.at(Severity.ERROR, source.at(include.pathColumn()), null,
                            "include outside any [section]"));
                } else {
                    include(file, include, source, stack, out, problems);
                }
                continue;
            }
            out.add(source);
        }
    }

    private void include(JobFile parent, IncludeLine include, SourceLine source, Deque<Path> stack,
                         List<SourceLine> out, List<Problem> problems) {
        SourceLocation at = source.at(include.pathColumn());
        if (include.path().isEmpty()) {
            problems.add(Problem.at(Severity.ERROR, at, null, "include needs a file name"));
            return;
        }
        Path target = locate(parent, include.path());
        if (target == null) {
            problems.add(Problem.at(Severity.ERROR, at, null, "cannot open include file '" + include.path()
                    + "' (looked for " + candidates(parent, include.path()) + ")"));
            return;
        }
        Path key = target.toAbsolutePath().normalize();
        if (stack.contains(key) || stack.size() >= MAX_DEPTH) {
            problems.add(Problem.at(Severity.ERROR, at, null, "include '" + include.path()
                    + "' would include itself again"));
            return;
        }
        JobFile child;
        try {
            child = JobFileParser.parse(target);
        } catch (JobFileException e) {
            problems.add(Problem.at(Severity.ERROR, at, null, "cannot read include file '" + include.path() + "'"));
            return;
        }
        stack.push(key);
        expandInto(child, true, stack, out, problems);
        stack.pop();
    }

    private Path locate(JobFile parent, String name) {
        for (Path candidate : candidatePaths(parent, name)) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private List<Path> candidatePaths(JobFile parent, String name) {
        Path given = Path.of(name);
        List<Path> paths = new ArrayList<>();
        if (given.isAbsolute()) {
            paths.add(given);
            return paths;
        }
        paths.add(workingDirectory.resolve(given));
        Path parentDirectory = parent.path().map(Path::getParent).orElse(null);
        if (parentDirectory != null) {
            Path besideParent = parentDirectory.resolve(given);
            if (!besideParent.toAbsolutePath().normalize().equals(paths.get(0).toAbsolutePath().normalize())) {
                paths.add(besideParent);
            }
        }
        return paths;
    }

    private String candidates(JobFile parent, String name) {
        List<String> names = new ArrayList<>();
        for (Path path : candidatePaths(parent, name)) {
            names.add(path.toString());
        }
        return String.join(" and ", names);
    }
}

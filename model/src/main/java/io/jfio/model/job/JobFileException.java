package io.jfio.model.job;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Job files that cannot be used, with every problem found (not only the first). The message is the
 * problems' one-line forms, one per line, and never stack trace text. Immutable; any thread.
 */
public final class JobFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public JobFileException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a JobFileException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public JobFileException(Problem problem) {
        this(List.of(problem));
    }

    /** Every problem, errors and warnings, in file order. */
    public List<Problem> problems() {
        return problems;
    }
}

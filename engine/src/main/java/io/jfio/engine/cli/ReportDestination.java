package io.jfio.engine.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where the start banner and the reports go: standard output, or the {@code --output} file, opened (and
 * emptied) before the run so that a file that cannot be written stops the run before it starts, and so
 * that periodic reports can go there while the jobs run. Main thread; the status display's thread prints
 * periodic reports to {@link #stream} between the banner and the final report.
 */
final class ReportDestination implements AutoCloseable {

    private final PrintStream stream;
    private final String fileName;

    private ReportDestination(PrintStream stream, String fileName) {
        this.stream = stream;
        this.fileName = fileName;
    }

    /**
     * Standard output when {@code file} is empty, else the file.
     *
     * @throws CliException naming the file when it cannot be created
     */
    static ReportDestination open(Optional<String> file, PrintStream standardOutput) {
        if (file.isEmpty()) {
            return new ReportDestination(standardOutput, null);
        }
        try {
            return new ReportDestination(new PrintStream(new FileOutputStream(file.get()), false, StandardCharsets.UTF_8),
                    file.get());
        } catch (IOException e) {
            throw new CliException("--output=" + file.get() + ": cannot create the file (" + e.getMessage() + ")");
        }
    }

    PrintStream stream() {
        return stream;
    }

    boolean standardOutput() {
        return fileName == null;
    }

    /** Prints {@code text} and flushes it. */
    void print(String text) {
        stream.print(text);
        stream.flush();
    }

    /**
     * Flushes, and closes a file.
     *
     * @throws CliException when writing the file failed
     */
    @Override
    public void close() {
        stream.flush();
        if (fileName != null) {
            stream.close();
            if (stream.checkError()) {
                throw new CliException("--output=" + fileName + ": writing the report failed");
            }
        }
    }
}

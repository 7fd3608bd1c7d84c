package io.jfio.app.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;

import io.jfio.engine.cli.JfioVersion;
import io.jfio.engine.output.ReportEnvironment;
import io.jfio.engine.output.ReportFormat;
import io.jfio.engine.output.Reports;

/**
 * A session run's report as the command line prints it: fio's JSON when the file name ends in
 * {@code .json}, fio's normal text otherwise. Stateless; any thread.
 */
public final class ReportExport {

    private ReportExport() {
    }

    /** The report of {@code run} in {@code format} (JSON or NORMAL). */
    public static String render(SessionRun run, ReportFormat format) {
        return new Reports(ReportEnvironment.of("jfio-" + JfioVersion.version()), EnumSet.of(format), run.jobs())
                .render(run.result());
    }

    /** Writes the report of {@code run} to {@code file}, JSON or text by the file's name. */
    public static void write(SessionRun run, Path file) throws IOException {
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(run, json ? ReportFormat.JSON : ReportFormat.NORMAL), StandardCharsets.UTF_8);
    }
}

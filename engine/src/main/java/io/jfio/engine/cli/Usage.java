package io.jfio.engine.cli;

/** The text of {@code jfio --help}. Immutable; any thread. */
final class Usage {

    private Usage() {
    }

    static String text() {
        return """
                %s
                jfio [options] [job options] <job file(s)>
                  --parse-only          Parse and validate the job files, don't start any I/O
                  --showcmd             Turn job files into command line options (as fio prints them)
                  --cmdhelp[=option]    Print help for an option, or "all" (the default) for all of them
                  --enghelp[=engine[,option]]
                                        List jfio's ioengines, or the options of one engine
                  --output=file         Write the report to file
                  --output-format=type  normal, json, json+ or terse; several separated by commas
                  --minimal             Terse (semicolon-separated) output
                  --terse-version=v     Terse format version (default 3, or 2, 4, 5)
                  --bandwidth-log       Write aggregate bandwidth logs
                  --eta=when            Live status line: auto (on a terminal), always or never
                  --eta-newline=time    Start a new status line every time period
                  --eta-interval=time   Status line update period (default 1s)
                  --status-interval=time
                                        Print a full report every time period (seconds if no unit)
                  --readonly            Refuse jobs that write or trim
                  --section=name        Only run the named job section (repeatable)
                  --warnings-fatal      Treat job-file warnings as errors
                  --version             Print the version and exit
                  --help                Print this page
                  --gui [jobfile]       Open the JavaFX application (./jfio launcher)

                Job options can be given on the command line as in fio:
                  jfio --name=a --rw=randread --bs=4k --size=64m
                Options before the first --name apply to all jobs (like [global]).
                """.formatted(JfioVersion.banner());
    }
}

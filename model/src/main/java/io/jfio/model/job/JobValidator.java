package io.jfio.model.job;

import io.jfio.model.option.AllowedValue;
import io.jfio.model.option.OptionSpec;
import io.jfio.model.option.OptionStatus;
import io.jfio.model.option.OptionType;
import io.jfio.model.option.Options;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks that tie a job file to the option catalog and to the engines jfio has: unknown options
 * (with a suggestion), options jfio does not implement (error) or ignores (warning), engine options used
 * without their engine, and ioengine values. Value grammar is {@link io.jfio.model.value.ValueParser}'s.
 * {@link JobResolver} runs these checks; the engine module passes its engine table in. Immutable; any
 * thread.
 */
public final class JobValidator {

    /** The engines jfio has until the engine module supplies its table. */
    public static final Set<String> DEFAULT_ENGINES = Set.of(
            "null", "sync", "psync", "vsync", "pvsync", "pvsync2", "libaio", "io_uring", "mmap", "posixaio");

    /** Engines fio 3.33 knows (upstream, all platforms and optional ones), beyond what the catalog names. */
    private static final Set<String> FIO_ENGINES = Set.of(
            "sync", "psync", "vsync", "pvsync", "pvsync2", "libaio", "io_uring", "io_uring_cmd", "posixaio",
            "solarisaio", "windowsaio", "mmap", "splice", "netsplice", "sg", "null", "net", "cpuio", "rdma",
            "e4defrag", "falloc", "ftruncate", "filecreate", "filestat", "filedelete", "dircreate", "dirstat",
            "dirdelete", "exec", "gfapi", "gfapi_async", "libhdfs", "mtd", "pmemblk", "dev-dax", "libpmem",
            "rados", "rbd", "http", "nbd", "libiscsi", "nfs", "libcufile", "dfs", "xnvme", "libblkio",
            "ime_psync", "ime_psyncv", "ime_aio", "guasi", "binject", "external");

    private static final String DEFAULT_ENGINE = "psync";

    private final Options catalog;
    private final Set<String> engines;

    /**
     * @param catalog the option catalog
     * @param engines the ioengine names jfio can run
     */
    public JobValidator(Options catalog, Set<String> engines) {
        this.catalog = catalog;
        this.engines = Set.copyOf(engines);
    }

    /** The catalog with {@link #DEFAULT_ENGINES}. */
    public static JobValidator standard() {
        return new JobValidator(Options.catalog(), DEFAULT_ENGINES);
    }

    /** The engines this validator accepts. */
    public Set<String> engines() {
        return engines;
    }

    /** The option catalog it checks against. */
    public Options catalog() {
        return catalog;
    }

    /** The engine fio uses when no ioengine is given: the catalog's default, else psync. */
    String defaultEngine() {
        return catalog.lookup("ioengine").map(OptionSpec::defaultValue).orElse(DEFAULT_ENGINE);
    }

    /**
     * The catalog row of {@code key} as written, or empty after reporting it as unknown. fio's names are
     * case-sensitive, so "BS" is unknown ("did you mean 'bs'?").
     */
    Optional<OptionSpec> known(String key, SourceLocation at, List<Problem> problems) {
        Optional<OptionSpec> spec = catalog.lookup(key);
        if (spec.isPresent() && (spec.get().name().equals(key) || spec.get().aliases().contains(key))) {
            return spec;
        }
        String suggestion = spec.map(OptionSpec::name)
                .or(() -> catalog.closest(key).flatMap(catalog::lookup).map(OptionSpec::name))
                .map(name -> "; did you mean '" + name + "'?").orElse("");
        problems.add(Problem.at(Severity.ERROR, at, null, "unknown option '" + key + "'" + suggestion));
        return Optional.empty();
    }

    /** Reports what jfio does not implement, ignores, or fio has deprecated. */
    void checkStatus(OptionSpec spec, String key, SourceLocation at, List<Problem> problems) {
        if (spec.type() == OptionType.DEPRECATED) {
            problems.add(Problem.at(Severity.WARNING, at, null, "option '" + key + "' is deprecated in fio and has no effect"));
        } else if (spec.status() == OptionStatus.NOT_IMPLEMENTED) {
            problems.add(Problem.at(Severity.ERROR, at, null,
                    "option '" + key + "' is known to fio but not implemented by jfio yet"));
        } else if (spec.status() == OptionStatus.IGNORED) {
            problems.add(Problem.at(Severity.WARNING, at, null, "option '" + key + "' is accepted but has no effect in jfio"));
        }
    }

    /** Reports an engine option used in a section whose ioengine is another one (fio: "Bad option"). */
    void checkEngineOption(OptionSpec spec, String key, String sectionEngine, SourceLocation at,
                           List<Problem> problems) {
        if (spec.isEngineOption() && !spec.engines().contains(sectionEngine)) {
            problems.add(Problem.at(Severity.ERROR, at, null, "option '" + key + "' only works with ioengine "
                    + String.join(" or ", spec.engines()) + "; this section uses " + sectionEngine));
        }
    }

    /** Reports an ioengine jfio cannot run, naming the engines it has. */
    void checkEngine(String engine, String key, SourceLocation at, List<Problem> problems) {
        if (engines.contains(engine)) {
            return;
        }
        String available = "; jfio's engines: " + String.join(", ", new TreeSet<>(engines));
        String message;
        if (engine.equals("external")) {
            message = "external engines are not supported by jfio" + available;
        } else if (isFioEngine(engine)) {
            message = "'" + engine + "' is a fio engine that jfio does not have" + available;
        } else {
            message = "unknown engine '" + engine + "'" + available;
        }
        problems.add(Problem.at(Severity.ERROR, at, key, message));
    }

    private boolean isFioEngine(String engine) {
        if (FIO_ENGINES.contains(engine)) {
            return true;
        }
        Optional<OptionSpec> ioengine = catalog.lookup("ioengine");
        if (ioengine.isPresent()) {
            for (AllowedValue value : ioengine.get().allowedValues()) {
                if (value.value().equals(engine)) {
                    return true;
                }
            }
        }
        return catalog.all().stream().anyMatch(spec -> spec.engines().contains(engine));
    }
}

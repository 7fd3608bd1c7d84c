package io.jfio.model.job;

import io.jfio.model.option.OptionSpec;
import io.jfio.model.value.BoolValue;
import io.jfio.model.value.EnumValue;
import io.jfio.model.value.IntegerValue;
import io.jfio.model.value.OptionValue;
import io.jfio.model.value.ParsedValue;
import io.jfio.model.value.Substitution;
import io.jfio.model.value.SystemInfo;
import io.jfio.model.value.ValueException;
import io.jfio.model.value.ValueParser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns job files into the jobs fio would run ({@link JobSpec}s) and collects every problem on the way.
 * fio's rules: a [global] section (any name starting with "global") applies to the jobs after it in the
 * same file, and a later [global] adds to and overrides earlier ones; a job's own options override
 * them; each option is typed with the kb_base in force in the section that writes it; {@code include}
 * is expanded in place; numjobs makes clones; every job file after the first starts with a stonewall,
 * and globals do not carry over from one file to the next.
 *
 * <p>Immutable; any thread. Configure with the {@code with...} methods, which return new resolvers.
 */
public final class JobResolver {

    private static final int DEFAULT_KB_BASE = 1024;

    private final JobValidator validator;
    private final Map<String, String> environment;
    private final SystemInfo system;
    private final Path workingDirectory;

    private JobResolver(JobValidator validator, Map<String, String> environment, SystemInfo system,
                        Path workingDirectory) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.environment = Map.copyOf(environment);
        this.system = Objects.requireNonNull(system, "system");
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    /**
     * The catalog, jfio's default engines, this process's environment, the running system's numbers and
     * the working directory.
     */
    public static JobResolver standard() {
        return new JobResolver(JobValidator.standard(), System.getenv(), SystemInfo.detect(), Path.of(""));
    }

    /** The same resolver reading {@code ${VAR}} from {@code newEnvironment}. */
    public JobResolver withEnvironment(Map<String, String> newEnvironment) {
        return new JobResolver(validator, newEnvironment, system, workingDirectory);
    }

    /** The same resolver with these numbers for $ncpus, $pagesize and $mb_memory. */
    public JobResolver withSystem(SystemInfo newSystem) {
        return new JobResolver(validator, environment, newSystem, workingDirectory);
    }

    /** The same resolver checking with {@code newValidator} (another catalog or engine table). */
    public JobResolver withValidator(JobValidator newValidator) {
        return new JobResolver(newValidator, environment, system, workingDirectory);
    }

    /** The same resolver accepting the ioengines {@code engines}. */
    public JobResolver withEngines(Set<String> engines) {
        return withValidator(new JobValidator(validator.catalog(), engines));
    }

    /** The same resolver looking for include files relative to {@code directory} first, as fio does with its cwd. */
    public JobResolver withWorkingDirectory(Path directory) {
        return new JobResolver(validator, environment, system, directory);
    }

    /** The jobs of one job file. */
    public Resolution resolve(JobFile file) {
        return resolve(List.of(file));
    }

    /** The jobs of several job files given together, as fio runs them (a stonewall between files). */
    public Resolution resolve(List<JobFile> files) {
        List<ResolvedSection> sections = new ArrayList<>();
        List<JobSpec> jobs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        GroupCounter groups = new GroupCounter();
        Substitution substitution = new Substitution(environment, system);
        for (int i = 0; i < files.size(); i++) {
            new FilePass(files.get(i), i, substitution, groups, sections, jobs, problems).run();
        }
        return new Resolution(sections, jobs, problems);
    }

    /** fio's reporting-group numbering across all files. */
    private static final class GroupCounter {
        private int groupId;
        private int jobsInGroup;

        int next(boolean opensGroup) {
            if (opensGroup && jobsInGroup > 0) {
                groupId++;
                jobsInGroup = 0;
            }
            return groupId;
        }

        void add(int count) {
            jobsInGroup += count;
        }
    }

    /** A section with its option lines, after include expansion. */
    private record RawSection(SourceLine header, String name, boolean global, List<SourceLine> options) {
    }

    /** Resolves one file; holds the state of that walk. */
    private final class FilePass {
        private final JobFile file;
        private final int fileIndex;
        private final Substitution substitution;
        private final GroupCounter groups;
        private final List<ResolvedSection> resolvedSections;
        private final List<JobSpec> jobs;
        private final List<Problem> allProblems;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, EffectiveOption> globals = new LinkedHashMap<>();
        private boolean firstJob = true;

        FilePass(JobFile file, int fileIndex, Substitution substitution, GroupCounter groups,
                 List<ResolvedSection> resolvedSections, List<JobSpec> jobs, List<Problem> allProblems) {
            this.file = file;
            this.fileIndex = fileIndex;
            this.substitution = substitution;
            this.groups = groups;
            this.resolvedSections = resolvedSections;
            this.jobs = jobs;
            this.allProblems = allProblems;
        }

        void run() {
            List<SourceLine> lines = new IncludeExpander(workingDirectory).expand(file, problems);
            for (RawSection section : sections(lines)) {
                resolveSection(section);
            }
            allProblems.addAll(inFileOrder(lines, problems));
        }

        private List<RawSection> sections(List<SourceLine> lines) {
            List<RawSection> sections = new ArrayList<>();
            RawSection current = null;
            for (SourceLine source : lines) {
                JobLine line = source.line();
                if (line instanceof UnrecognisedLine unrecognised) {
                    problems.add(Problem.at(Severity.ERROR, source.at(unrecognised.column()), null, unrecognised.reason()));
                } else if (line instanceof SectionLine header) {
                    if (header.name().isBlank()) {
                        problems.add(Problem.at(Severity.ERROR, source.at(header.nameColumn()), null, "empty section name"));
                    }
                    current = new RawSection(source, header.name(), header.isGlobal(), new ArrayList<>());
                    sections.add(current);
                } else if (line instanceof OptionLine option) {
                    if (current == null) {
                        problems.add(Problem.at(Severity.ERROR, source.at(option.keyColumn()), null,
                                "option '" + option.key() + "' is outside any [section]"));
                    } else {
                        current.options().add(source);
                    }
                }
            }
            return sections;
        }

        private void resolveSection(RawSection section) {
            int kbBase = kbBase(section);
            String engine = engine(section);
            Map<String, EffectiveOption> own = new LinkedHashMap<>();
            List<EffectiveOption> written = new ArrayList<>();
            for (SourceLine source : section.options()) {
                OptionLine line = (OptionLine) source.line();
                SourceLocation keyAt = source.at(line.keyColumn());
                Optional<OptionSpec> found = validator.known(line.key(), keyAt, problems);
                if (found.isEmpty()) {
                    continue;
                }
                OptionSpec spec = found.get();
                validator.checkStatus(spec, line.key(), keyAt, problems);
                validator.checkEngineOption(spec, line.key(), engine, keyAt, problems);
                EffectiveOption option = typed(spec, line, source, kbBase);
                written.add(option);
                own.remove(spec.name());
                own.put(spec.name(), option);
            }
            resolvedSections.add(new ResolvedSection(fileIndex, section.name(), section.global(),
                    section.header().at(1), written));
            if (section.global()) {
                for (EffectiveOption option : own.values()) {
                    globals.remove(option.name());
                    globals.put(option.name(), option);
                }
            } else {
                addJobs(section, own);
            }
        }

        private EffectiveOption typed(OptionSpec spec, OptionLine line, SourceLine source, int kbBase) {
            SourceLocation valueAt = source.at(line.isBare() ? line.keyColumn() : line.valueColumn());
            if (line.hasBlankAfterEquals()) {
                problems.add(Problem.at(Severity.WARNING, valueAt, line.key(), "fio 3.33 keeps the blank after '='"
                        + " as part of the value and misreads it (bs= 8k is 8 bytes to fio); write '" + line.key()
                        + "=" + line.value() + "'"));
            }
            if (line.hasCommentGluedToValue()) {
                problems.add(Problem.at(Severity.WARNING, valueAt, line.key(), "'" + line.text().substring(line.valueEnd())
                        .strip() + "' starts a comment, so the value is '" + line.value() + "' (fio has no escape for ';' and '#')"));
            }
            String value = line.isBare() ? null : substitution.apply(line.value());
            OptionValue typed = null;
            try {
                ParsedValue parsed = ValueParser.parse(spec, value, kbBase);
                typed = parsed.value();
                for (String warning : parsed.warnings()) {
                    problems.add(Problem.at(Severity.WARNING, valueAt, line.key(), warning));
                }
                if (spec.name().equals("ioengine") && typed instanceof EnumValue engine) {
                    validator.checkEngine(engine.value(), line.key(), valueAt, problems);
                }
            } catch (ValueException e) {
                String substituted = value != null && !value.equals(line.value())
                        ? " ('" + line.value() + "' became '" + value + "' after substitution)" : "";
                problems.add(Problem.at(Severity.ERROR, valueAt, line.key(), e.getMessage() + substituted));
            }
            return new EffectiveOption(spec, line.key(), line.value(), value, typed, valueAt, false);
        }

        private void addJobs(RawSection section, Map<String, EffectiveOption> own) {
            Map<String, EffectiveOption> effective = new LinkedHashMap<>();
            for (EffectiveOption option : globals.values()) {
                effective.put(option.name(), option.asInherited());
            }
            for (EffectiveOption option : own.values()) {
                effective.remove(option.name());
                effective.put(option.name(), option);
            }
            boolean stonewall = flag(effective, "stonewall") || (firstJob && fileIndex > 0);
            boolean newGroup = flag(effective, "new_group");
            firstJob = false;
            int numjobs = numjobs(effective);
            EffectiveOption count = effective.get("numjobs");
            if (count != null && count.typed() instanceof IntegerValue zero && zero.value() == 0) {
                problems.add(Problem.at(Severity.ERROR, count.origin(), count.key(), "'" + count.value()
                        + "' clones no job (fio 3.33 fails with 'maximum number of jobs reached'); use 1 or more"));
            }
            int groupId = groups.next(stonewall || newGroup);
            EffectiveOption nameOption = own.get("name");
            String jobName = nameOption != null && nameOption.value() != null ? nameOption.value() : section.name();
            SourceLocation origin = section.header().at(1);
            for (int instance = 0; instance < numjobs; instance++) {
                boolean first = instance == 0;
                jobs.add(new JobSpec(jobName, section.name(), instance, numjobs, groupId, first && stonewall,
                        first && newGroup, origin, effective));
            }
            groups.add(numjobs);
        }

        /** The kb_base the section's own options are read with: its own, else the globals'. */
        private int kbBase(RawSection section) {
            String own = lastValue(section, "kb_base");
            String text = own != null ? own : Optional.ofNullable(globals.get("kb_base")).map(EffectiveOption::value).orElse(null);
            if ("1000".equals(text)) {
                return 1000;
            }
            return DEFAULT_KB_BASE;
        }

        /** The ioengine in force in the section: its own, else the globals', else fio's default. */
        private String engine(RawSection section) {
            String own = lastValue(section, "ioengine");
            String text = own != null ? own : Optional.ofNullable(globals.get("ioengine")).map(EffectiveOption::value).orElse(null);
            if (text == null || text.isEmpty()) {
                return validator.defaultEngine();
            }
            int colon = text.indexOf(':');
            return colon < 0 ? text : text.substring(0, colon);
        }

        /** The substituted value of the last line in {@code section} that sets {@code name} (or an alias). */
        private String lastValue(RawSection section, String name) {
            String found = null;
            for (SourceLine source : section.options()) {
                OptionLine line = (OptionLine) source.line();
                Optional<OptionSpec> spec = validator.catalog().lookup(line.key());
                if (!line.isBare() && spec.isPresent() && spec.get().name().equals(name)
                        && (name.equals(line.key()) || spec.get().aliases().contains(line.key()))) {
                    found = substitution.apply(line.value());
                }
            }
            return found;
        }

        private boolean flag(Map<String, EffectiveOption> options, String name) {
            EffectiveOption option = options.get(name);
            return option != null && option.typed() instanceof BoolValue bool && bool.value();
        }

        private int numjobs(Map<String, EffectiveOption> options) {
            EffectiveOption option = options.get("numjobs");
            if (option != null && option.typed() instanceof IntegerValue count && count.value() >= 1
                    && count.value() <= Integer.MAX_VALUE) {
                return (int) count.value();
            }
            return 1;
        }
    }

    /** {@code problems} sorted by file (in the order files appear), line and column; stable otherwise. */
    private static List<Problem> inFileOrder(List<SourceLine> lines, List<Problem> problems) {
        Map<String, Integer> fileRank = new HashMap<>();
        for (SourceLine line : lines) {
            fileRank.putIfAbsent(line.file(), fileRank.size());
        }
        for (Problem problem : problems) {
            fileRank.putIfAbsent(problem.file(), fileRank.size());
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((Problem p) -> fileRank.get(p.file()))
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return sorted;
    }
}

package io.jfio.model.job;

import io.jfio.model.value.OptionValue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One job instance as fio would run it: a job section after [global] inheritance, one of its numjobs
 * clones. Immutable; any thread.
 *
 * @param jobName     the name fio reports: the {@code name} option if set, else the section name
 * @param sectionName the section's name
 * @param instance    the clone number, 0 to numjobs-1 (fio's $jobnum)
 * @param numjobs     how many clones the section makes
 * @param groupId     fio's reporting group: a stonewall or new_group job opens a new one, and so does
 *                    the first job of every job file after the first (fio stonewalls between files)
 * @param stonewall   whether this instance waits for all jobs before it (clones never do)
 * @param newGroup    whether new_group is set on this instance (clones never have it)
 * @param origin      the section header's place
 * @param options     the effective options by canonical name, inherited ones first, in the order they
 *                    were written
 */
public record JobSpec(String jobName, String sectionName, int instance, int numjobs, int groupId, boolean stonewall,
                      boolean newGroup, SourceLocation origin, Map<String, EffectiveOption> options) {

    public JobSpec {
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(sectionName, "sectionName");
        Objects.requireNonNull(origin, "origin");
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** The option called {@code nameOrAlias} (fio's spelling, case-sensitive) if the job sets or inherits it. */
    public Optional<EffectiveOption> option(String nameOrAlias) {
        EffectiveOption direct = options.get(nameOrAlias);
        if (direct != null) {
            return Optional.of(direct);
        }
        return options.values().stream().filter(o -> o.spec().aliases().contains(nameOrAlias)).findFirst();
    }

    /** The typed value of {@code nameOrAlias} if the job sets it, it parsed, and it has {@code type}. */
    public <T extends OptionValue> Optional<T> value(String nameOrAlias, Class<T> type) {
        return option(nameOrAlias).map(EffectiveOption::typed).filter(type::isInstance).map(type::cast);
    }

    /** The substituted text of {@code nameOrAlias} ("" for a bare key) if the job sets it. */
    public Optional<String> text(String nameOrAlias) {
        return option(nameOrAlias).map(o -> o.value() == null ? "" : o.value());
    }
}

package io.jfio.model.job;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@link JobResolver} made of job files: the job instances and every problem found. Immutable;
 * any thread.
 *
 * @param sections every section of every file in order, with its own options (for --showcmd and editors)
 * @param jobs     the job instances in the order fio would start them
 * @param problems errors and warnings in file order
 */
public record Resolution(List<ResolvedSection> sections, List<JobSpec> jobs, List<Problem> problems) {

    public Resolution {
        sections = List.copyOf(sections);
        jobs = List.copyOf(jobs);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).collect(Collectors.toList());
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).collect(Collectors.toList());
    }

    /**
     * The options of the [global] sections, later ones overriding earlier ones, canonical name to value
     * ("" for a bare flag): what fio's JSON report lists as "global options".
     */
    public java.util.Map<String, String> globalOptions() {
        java.util.Map<String, String> globals = new java.util.LinkedHashMap<>();
        for (ResolvedSection section : sections) {
            if (section.global()) {
                for (EffectiveOption option : section.options()) {
                    globals.put(option.name(), option.value() == null ? "" : option.value());
                }
            }
        }
        return globals;
    }

    /**
     * The jobs, or a {@link JobFileException} carrying every problem (warnings too) when any is an error.
     */
    public List<JobSpec> jobsOrThrow() {
        if (hasErrors()) {
            throw new JobFileException(problems);
        }
        return jobs;
    }
}

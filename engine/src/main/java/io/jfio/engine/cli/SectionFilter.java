package io.jfio.engine.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.jfio.model.job.JobSpec;

/** Applies {@code --section=NAME}: keeps only the jobs of the named sections. Stateless; any thread. */
final class SectionFilter {

    private SectionFilter() {
    }

    /**
     * The jobs of the named sections, all jobs when none is named.
     *
     * @throws CliException naming a section that no job file has
     */
    static List<JobSpec> apply(List<JobSpec> jobs, List<String> sections) {
        if (sections.isEmpty()) {
            return jobs;
        }
        Set<String> missing = new LinkedHashSet<>(sections);
        List<JobSpec> kept = new ArrayList<>();
        for (JobSpec job : jobs) {
            if (sections.contains(job.sectionName())) {
                kept.add(job);
                missing.remove(job.sectionName());
            }
        }
        if (!missing.isEmpty()) {
            throw new CliException("--section=" + missing.iterator().next() + ": no job section of that name");
        }
        return kept;
    }
}

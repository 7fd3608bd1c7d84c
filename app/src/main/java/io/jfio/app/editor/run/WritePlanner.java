package io.jfio.app.editor.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.jfio.model.job.JobSpec;
import io.jfio.model.job.Resolution;
import io.jfio.model.value.FileNameList;
import io.jfio.model.value.IntegerValue;
import io.jfio.model.value.RwMode;
import io.jfio.model.value.RwPattern;

/**
 * Works out which files and devices a job file writes when it runs: every job whose rw writes or trims
 * writes its files; a reading job writes a file only when it must lay it out first (the file does not
 * exist). Jobs on the null engine do no I/O. File names follow fio: {@code filename} (':'-separated),
 * else {@code $jobname.$jobnum.$filenum} for each of {@code nrfiles}; relative names are under
 * {@code directory} (of a ':' list, the first for listed names, clone N's Nth for generated ones), and
 * relative directories under the job file's folder (where a run from the GUI starts). Stateless; any
 * thread, but the probe does I/O: call it off the JavaFX thread.
 */
public final class WritePlanner {

    private WritePlanner() {
    }

    /**
     * The targets of {@code resolution}'s jobs, in the order jobs first name them.
     *
     * @param jobFolder the job file's folder, or null for a file never saved (then every target needs an
     *                  explicit confirmation)
     */
    public static List<WriteTarget> plan(Resolution resolution, Path jobFolder, PathProbe probe) {
        Path base = jobFolder == null ? Path.of("").toAbsolutePath() : jobFolder.toAbsolutePath().normalize();
        Map<Path, Pending> targets = new LinkedHashMap<>();
        for (JobSpec job : resolution.jobs()) {
            if (job.text("ioengine").map(engine -> engine.equals("null")).orElse(false)) {
                continue;
            }
            RwPattern pattern = job.value("rw", RwMode.class).map(RwMode::pattern).orElse(RwPattern.READ);
            boolean writes = pattern.writes() || pattern.trims();
            for (Path path : files(job, base)) {
                Pending pending = targets.get(path);
                if (pending == null) {
                    TargetKind kind = probe.kindOf(path);
                    if (!writes && kind != TargetKind.MISSING) {
                        continue;
                    }
                    pending = new Pending(kind, !writes);
                    targets.put(path, pending);
                } else if (writes) {
                    pending.created = false;
                }
                if (!pending.jobs.contains(job.sectionName())) {
                    pending.jobs.add(job.sectionName());
                }
            }
        }
        List<WriteTarget> plan = new ArrayList<>();
        targets.forEach((path, pending) -> plan.add(new WriteTarget(path, pending.kind, pending.created,
                jobFolder == null || !path.startsWith(base), pending.jobs)));
        return plan;
    }

    private static List<Path> files(JobSpec job, Path base) {
        List<String> dirs = job.value("directory", FileNameList.class).map(FileNameList::names).orElse(List.of());
        Optional<FileNameList> given = job.value("filename", FileNameList.class);
        // as the engine (and fio) does: listed names in the first directory, clone N's generated ones in the Nth
        Path directory = dirs.isEmpty() ? base
                : base.resolve(dirs.get(given.isPresent() ? 0 : job.instance() % dirs.size()));
        List<String> names = new ArrayList<>();
        if (given.isPresent()) {
            names.addAll(given.get().names());
        } else {
            long files = job.value("nrfiles", IntegerValue.class).map(IntegerValue::value).orElse(1L);
            for (long file = 0; file < files; file++) {
                names.add(job.jobName() + "." + job.instance() + "." + file);
            }
        }
        List<Path> paths = new ArrayList<>();
        for (String name : names) {
            if (!name.equals("-")) {
                paths.add(directory.resolve(name).toAbsolutePath().normalize());
            }
        }
        return paths;
    }

    private static final class Pending {
        private final TargetKind kind;
        private boolean created;
        private final List<String> jobs = new ArrayList<>();

        Pending(TargetKind kind, boolean created) {
            this.kind = kind;
            this.created = created;
        }
    }
}

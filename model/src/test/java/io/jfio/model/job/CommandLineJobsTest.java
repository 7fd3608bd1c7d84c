package io.jfio.model.job;

import io.jfio.model.value.PerDirection;
import io.jfio.model.value.SizeValue;
import io.jfio.model.value.SystemInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineJobsTest {

    private static List<JobSpec> jobs(String... arguments) {
        JobFile file = CommandLineJobs.toJobFile(List.of(arguments));
        return JobResolver.standard().withEnvironment(Map.of()).withSystem(new SystemInfo(2, 4096, 1024))
                .resolve(file).jobsOrThrow();
    }

    @Test
    void eachNameStartsAJob() {
        JobFile file = CommandLineJobs.toJobFile(List.of("--name=a", "--rw=randread", "--bs=4k", "--size=64m", "--name=b"));
        assertEquals("[a]\nrw=randread\nbs=4k\nsize=64m\n[b]\n", file.text());
        List<JobSpec> jobs = jobs("--name=a", "--rw=randread", "--bs=4k", "--size=64m", "--name=b");
        assertEquals(List.of("a", "b"), jobs.stream().map(JobSpec::jobName).collect(Collectors.toList()));
        assertTrue(jobs.get(1).option("bs").isEmpty());
    }

    @Test
    void optionsBeforeTheFirstNameAreGlobal() {
        JobFile file = CommandLineJobs.toJobFile(List.of("--ioengine=null", "--size=64k", "--name=a", "--bs=8k", "--name=b"));
        assertEquals("[global]\nioengine=null\nsize=64k\n[a]\nbs=8k\n[b]\n", file.text());
        List<JobSpec> jobs = jobs("--ioengine=null", "--size=64k", "--name=a", "--bs=8k", "--name=b");
        assertEquals(new SizeValue(65536), jobs.get(1).option("size").orElseThrow().typed());
        assertTrue(jobs.get(1).option("bs").isEmpty());
    }

    @Test
    void nameGlobalOpensAGlobalSection() {
        List<JobSpec> jobs = jobs("--name=global", "--bs=8k", "--name=b");
        assertEquals(1, jobs.size());
        assertEquals(PerDirection.all(new SizeValue(8192)), jobs.get(0).option("bs").orElseThrow().typed());
    }

    @Test
    void valueMayFollowAsTheNextArgumentAndFlagsStandAlone() {
        JobFile file = CommandLineJobs.toJobFile(List.of("--name", "a", "--bs", "8k", "--time_based", "--runtime", "1ms",
                "-rw=write"));
        assertEquals("[a]\nbs=8k\ntime_based\nruntime=1ms\nrw=write\n", file.text());
    }

    @Test
    void argumentsThatAreNotJobOptionsAreAllReported() {
        JobFileException e = assertThrows(JobFileException.class,
                () -> CommandLineJobs.toJobFile(List.of("--name=a", "job.fio", "--description=a;b")));
        assertEquals(List.of("<command line>: argument 2: 'job.fio' is not a job option (--name=value)",
                "<command line>: argument 3: '--description=a;b' cannot be written in a job file: ';' and '#' start a"
                        + " comment there"), e.problems().stream().map(Problem::toString).collect(Collectors.toList()));
    }
}

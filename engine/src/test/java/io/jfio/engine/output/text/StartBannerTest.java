package io.jfio.engine.output.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jfio.model.job.CommandLineJobs;
import io.jfio.model.job.JobResolver;
import io.jfio.model.job.JobSpec;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The lines before the run, compared with fio 3.33's for the same command-line jobs. */
class StartBannerTest {

    private static List<JobSpec> jobs(String commandLine) {
        List<String> options = Arrays.asList(commandLine.split(" "));
        return JobResolver.standard().resolve(List.of(CommandLineJobs.toJobFile(options))).jobs();
    }

    @Test
    void jobLineNamesGroupRwBlockSizesEngineAndDepth() {
        assertEquals("t: (g=0): rw=randread, bs=(R) 4096B-4096B, (W) 4096B-4096B, (T) 4096B-4096B, ioengine=libaio, "
                + "iodepth=8", StartBanner.jobLine(jobs("--name=t --ioengine=libaio --direct=1 --iodepth=8 --rw=randread "
                + "--size=4m").get(0)));
    }

    @Test
    void defaultsAreReadWith4kPsyncAndDepthOne() {
        assertEquals("t: (g=0): rw=read, bs=(R) 4096B-4096B, (W) 4096B-4096B, (T) 4096B-4096B, ioengine=psync, iodepth=1",
                StartBanner.jobLine(jobs("--name=t --size=16m").get(0)));
    }

    @Test
    void blockSizesPerDirectionRangesAndSplits() {
        assertEquals("t: (g=0): rw=read, bs=(R) 4096B-4096B, (W) 8192B-8192B, (T) 16.0KiB-16.0KiB, ioengine=null, iodepth=1",
                StartBanner.jobLine(jobs("--name=t --ioengine=null --bs=4k,8k,16k").get(0)));
        assertEquals("t: (g=0): rw=read, bs=(R) 1024B-128KiB, (W) 1024B-128KiB, (T) 1024B-128KiB, ioengine=null, iodepth=1",
                StartBanner.jobLine(jobs("--name=t --ioengine=null --bsrange=1k-128k").get(0)));
        assertEquals("t: (g=0): rw=read, bs=(R) 4096B-64.0KiB, (W) 4096B-64.0KiB, (T) 4096B-64.0KiB, ioengine=null, "
                + "iodepth=1", StartBanner.jobLine(jobs("--name=t --ioengine=null --bssplit=4k/50:64k/50").get(0)));
        assertEquals("t: (g=0): rw=read, bs=(R) 12.1KiB-12.1KiB, (W) 12.1KiB-12.1KiB, (T) 12.1KiB-12.1KiB, ioengine=null, "
                + "iodepth=1", StartBanner.jobLine(jobs("--name=t --ioengine=null --bs=12345").get(0)));
    }

    @Test
    void readwriteIsPrintedAsRw() {
        assertEquals("t: (g=0): rw=rw, bs=(R) 4096B-4096B, (W) 4096B-4096B, (T) 4096B-4096B, ioengine=null, iodepth=1",
                StartBanner.jobLine(jobs("--name=t --ioengine=null --rw=readwrite").get(0)));
    }

    @Test
    void clonesShowAsDotsAndEveryJobCountsAsAThread() {
        String banner = StartBanner.render(jobs("--ioengine=null --size=1g --name=t --rw=randrw --numjobs=2 "
                + "--name=b --stonewall --rw=write"), "jfio-0.1.0");
        assertEquals("""
                t: (g=0): rw=randrw, bs=(R) 4096B-4096B, (W) 4096B-4096B, (T) 4096B-4096B, ioengine=null, iodepth=1
                ...
                b: (g=1): rw=write, bs=(R) 4096B-4096B, (W) 4096B-4096B, (T) 4096B-4096B, ioengine=null, iodepth=1
                jfio-0.1.0
                Starting 3 threads
                """, banner);
    }

    @Test
    void oneJobIsOneThread() {
        assertEquals("jfio-0.1.0\nStarting 1 thread\n",
                StartBanner.render(jobs("--name=t --ioengine=null"), "jfio-0.1.0").lines().skip(1)
                        .map(l -> l + "\n").reduce("", String::concat));
    }
}

package io.jfio.engine.output;

import static io.jfio.engine.output.Fixtures.environment;
import static io.jfio.engine.output.Fixtures.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfio.model.job.CommandLineJobs;
import io.jfio.model.job.JobResolver;
import io.jfio.model.job.JobSpec;
import io.jfio.model.result.RunResult;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReportsTest {

    private static final List<JobSpec> JOBS = JobResolver.standard().resolve(List.of(CommandLineJobs.toJobFile(
            Arrays.asList("--name=t --ioengine=null".split(" "))))).jobs();
    private static final RunResult RUN = new RunResult(List.of(job("t").build()), List.of(), 0, Map.of(), false);

    private static String render(EnumSet<ReportFormat> formats) {
        return new Reports(environment(1, "2026-11-25T14:11:12"), formats, JOBS).render(RUN);
    }

    @Test
    void formatsComeInFiosOrderTerseJsonNormal() {
        String all = render(EnumSet.allOf(ReportFormat.class));
        int terse = all.indexOf("3;fio-3.33;t;");
        int json = all.indexOf("{\n  \"fio version\"");
        int normal = all.indexOf("\nt: (groupid=0, jobs=1)");
        assertTrue(terse == 0 && json > terse && normal > json, all);
    }

    @Test
    void jsonPlusReplacesJson() {
        String both = render(EnumSet.of(ReportFormat.JSON, ReportFormat.JSON_PLUS));
        assertEquals(1, JsonShape.documents(both).size());
    }

    @Test
    void onlyTheNormalReportOpensWithAnEmptyLine() {
        Reports normal = new Reports(environment(1, "2026-11-25T14:11:12"), EnumSet.of(ReportFormat.NORMAL), JOBS);
        Reports json = new Reports(environment(1, "2026-11-25T14:11:12"),
                EnumSet.of(ReportFormat.JSON, ReportFormat.NORMAL), JOBS);
        assertTrue(normal.startsWithNewline());
        assertTrue(normal.render(RUN).startsWith("\n"));
        assertFalse(json.startsWithNewline());
        assertTrue(json.render(RUN).startsWith("{"));
    }
}

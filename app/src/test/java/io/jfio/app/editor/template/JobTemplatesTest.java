package io.jfio.app.editor.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import io.jfio.model.job.JobFileParser;
import io.jfio.model.job.JobResolver;
import io.jfio.model.job.JobSpec;
import io.jfio.model.job.Resolution;

import org.junit.jupiter.api.Test;

class JobTemplatesTest {

    private final TemplateViewModel templates = new TemplateViewModel(Path.of("/tmp"));

    private static Resolution resolve(String text) {
        return JobResolver.standard().withEnvironment(java.util.Map.of()).resolve(JobFileParser.parse(text, "template.fio"));
    }

    @Test
    void everyTemplateResolvesWithoutErrorsAndWritesItsTemporaryFile() {
        for (JobTemplate template : JobTemplates.all()) {
            templates.templateProperty().set(template);
            String text = templates.textProperty().get();
            Resolution resolution = resolve(text);
            assertFalse(resolution.hasErrors(), template.id() + ": " + resolution.problems());
            for (JobSpec job : resolution.jobs()) {
                assertEquals("/tmp/jfio-" + template.id() + ".dat", job.text("filename").orElseThrow(), template.id());
                assertEquals("1", job.text("unlink").orElseThrow(), template.id());
            }
            assertTrue(text.contains("; Target file: /tmp/jfio-" + template.id() + ".dat (a temporary file"), text);
        }
    }

    @Test
    void theStandardShapesAreThere() {
        assertEquals(List.of("randread-4k-qd32", "randwrite-4k-qd32", "seq-1m", "mixed-70-30", "latency-qd1",
                "report-offload-lat-log", "report-small-files-logs"), JobTemplates.all().stream().map(JobTemplate::id).toList());
        templates.templateProperty().set(JobTemplates.all().get(0));
        JobSpec job = resolve(templates.textProperty().get()).jobs().get(0);
        assertEquals("randread", job.text("rw").orElseThrow());
        assertEquals("32", job.text("iodepth").orElseThrow());
        assertEquals("4k", job.text("bs").orElseThrow());
    }

    @Test
    void aTargetTheUserNamesIsNeverUnlinked() {
        templates.targetProperty().set("/dev/nvme0n1");
        String text = templates.textProperty().get();
        assertTrue(text.contains("filename=/dev/nvme0n1\n"), text);
        assertFalse(text.contains("unlink"), text);
        assertTrue(text.contains("; Target file: /dev/nvme0n1\n"), text);
    }

    @Test
    void choosingAnotherTemplateMovesTheDefaultTargetButKeepsTheUsersOwn() {
        templates.templateProperty().set(JobTemplates.all().get(1));
        assertEquals("/tmp/jfio-randwrite-4k-qd32.dat", templates.targetProperty().get());
        templates.targetProperty().set("/data/test.dat");
        templates.templateProperty().set(JobTemplates.all().get(2));
        assertEquals("/data/test.dat", templates.targetProperty().get());
    }
}

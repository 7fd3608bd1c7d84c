package io.jfio.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import io.jfio.engine.run.JobSettings;
import io.jfio.engine.run.JobSettingsReader;
import io.jfio.model.job.JobFileParser;
import io.jfio.model.job.JobResolver;
import io.jfio.model.result.Direction;

import org.junit.jupiter.api.Test;

/** The directions whose lines a job's start makes come from its rw and rwmixread options. */
class PlannedDirectionsTest {

    @Test
    void aReadJobPlansReadsOnly() {
        assertEquals(List.of(Direction.READ), directionsOf("rw=randread"));
    }

    @Test
    void aMixedJobPlansBothUnlessItsMixLeavesOneOut() {
        assertEquals(List.of(Direction.READ, Direction.WRITE), directionsOf("rw=randrw"));
        assertEquals(List.of(Direction.READ), directionsOf("rw=randrw\nrwmixread=100"));
        assertEquals(List.of(Direction.WRITE), directionsOf("rw=rw\nrwmixwrite=100"));
    }

    @Test
    void trimWritePlansWritesAndTrims() {
        assertEquals(List.of(Direction.WRITE, Direction.TRIM), directionsOf("rw=trimwrite"));
    }

    private static List<Direction> directionsOf(String rw) {
        String text = "[job]\nioengine=null\nsize=1m\n" + rw + "\n";
        List<JobSettings> settings = new JobSettingsReader().readAll(
                JobResolver.standard().resolve(JobFileParser.parse(text, "plan.fio")).jobs(), new ArrayList<>());
        return SampleDrain.directionsOf(settings.get(0));
    }
}

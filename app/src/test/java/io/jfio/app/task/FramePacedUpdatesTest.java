package io.jfio.app.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Paced work reaches one part every other frame, in order, the latest under a key; immediate work runs at once. */
@ExtendWith(ApplicationExtension.class)
class FramePacedUpdatesTest {

    @Test
    void immediateWorkRunsAtOnce(FxRobot robot) {
        FramePacedUpdates updates = new FramePacedUpdates();
        List<String> done = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            updates.submit("iops", () -> done.add("iops"));
            done.add("after");
        });
        assertEquals(List.of("iops", "after"), done);
    }

    @Test
    void pacedWorkReachesOnePartEveryOtherFrame(FxRobot robot) throws Exception {
        FramePacedUpdates updates = new FramePacedUpdates();
        List<String> done = new CopyOnWriteArrayList<>();
        List<Long> frameOfEach = new CopyOnWriteArrayList<>();
        long[] frame = {0};
        // Counts frames; started first, so it runs before the updates' own timer in every frame.
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame[0]++;
            }
        };
        robot.interact(() -> {
            frames.start();
            updates.paceOverFrames();
            for (String part : List.of("iops", "bandwidth", "latency")) {
                updates.submit(part, () -> {
                    done.add(part + " 1");
                    frameOfEach.add(frame[0]);
                });
                updates.submit(part, () -> {
                    done.add(part + " 2");
                    frameOfEach.add(frame[0]);
                });
            }
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> done.size() == 6);
        robot.interact(frames::stop);
        assertEquals(List.of("iops 1", "iops 2", "bandwidth 1", "bandwidth 2", "latency 1", "latency 2"), done);
        // a part's work in one frame, each part in a frame of its own
        assertEquals(frameOfEach.get(0), frameOfEach.get(1));
        assertEquals(frameOfEach.get(2), frameOfEach.get(3));
        assertEquals(frameOfEach.get(4), frameOfEach.get(5));
        assertEquals(2, frameOfEach.get(2) - frameOfEach.get(0), frameOfEach.toString());
        assertEquals(2, frameOfEach.get(4) - frameOfEach.get(2), frameOfEach.toString());
        assertEquals(3, updates.partsApplied());
        assertEquals(0, updates.pendingParts());
    }

    @Test
    void workUnderTheSameKeyIsReplacedInItsPlace(FxRobot robot) {
        FramePacedUpdates updates = new FramePacedUpdates();
        List<String> done = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            updates.paceOverFrames();
            updates.submit("latency", "p99", () -> done.add("p99 old"));
            updates.submit("latency", "legend", () -> done.add("legend"));
            updates.submit("latency", "p99", () -> done.add("p99 new"));
            updates.flush();
        });
        assertEquals(List.of("p99 new", "legend"), done);
    }

    @Test
    void flushRunsEveryWaitingPartNow(FxRobot robot) {
        FramePacedUpdates updates = new FramePacedUpdates();
        List<String> done = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            updates.paceOverFrames();
            updates.submit("iops", () -> done.add("iops"));
            updates.submit("latency", () -> done.add("latency"));
            assertEquals(List.of(), done);
            assertEquals(2, updates.pendingParts());
            updates.flush();
            assertEquals(List.of("iops", "latency"), done);
        });
        assertEquals(0, updates.pendingParts());
    }
}

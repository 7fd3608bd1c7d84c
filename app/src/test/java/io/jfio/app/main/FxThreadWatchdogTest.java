package io.jfio.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The watchdog sees the FX thread held, and counts only the part of a wait before it was stopped. */
@ExtendWith(ApplicationExtension.class)
class FxThreadWatchdogTest {

    @Test
    void aHeldFxThreadShowsAsALongWait(FxRobot robot) throws Exception {
        FxThreadWatchdog watchdog = new FxThreadWatchdog(5, false);
        robot.interact(watchdog::start);
        Thread.sleep(50); // some pings posted and answered first
        runOnFx(() -> sleep(300));
        robot.interact(watchdog::stop);
        assertTrue(watchdog.maxPingDelayMillis() >= 250, watchdog.summary());
    }

    @Test
    void eachHoldIsOneStallWhateverPingsQueuedBehindIt(FxRobot robot) throws Exception {
        FxThreadWatchdog watchdog = new FxThreadWatchdog(5, false);
        robot.interact(watchdog::start);
        Thread.sleep(50);
        runOnFx(() -> sleep(200)); // about 40 pings queue behind each hold
        Thread.sleep(100);
        runOnFx(() -> sleep(200));
        robot.interact(watchdog::stop);
        List<FxThreadWatchdog.Stall> held = watchdog.stalls().stream().filter(s -> s.waitMillis() >= 150).toList();
        assertEquals(2, held.size(), watchdog.summary());
        assertTrue(held.get(1).atSeconds() - held.get(0).atSeconds() >= 0.25, watchdog.summary());
        assertTrue(watchdog.summary().contains("stalls over 50 ms: "), watchdog.summary());
    }

    @Test
    void workAfterTheStopIsNotCountedInTheWatch(FxRobot robot) throws Exception {
        FxThreadWatchdog watchdog = new FxThreadWatchdog(5, false);
        robot.interact(watchdog::start);
        Thread.sleep(50);
        // As at a run's end: the FX thread stops the watch, then goes on with other work (the results)
        // while pings posted before the stop still wait in its queue.
        runOnFx(() -> {
            sleep(20);
            watchdog.stop();
            sleep(400);
        });
        assertTrue(watchdog.maxPingDelayMillis() < 250, watchdog.summary());
        assertTrue(watchdog.pingCount() > 0, watchdog.summary());
    }

    private static void runOnFx(Runnable work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            work.run();
            done.countDown();
        });
        assertTrue(done.await(10, TimeUnit.SECONDS));
        CountDownLatch drained = new CountDownLatch(1);
        Platform.runLater(drained::countDown); // the pings queued behind the work have run
        assertTrue(drained.await(10, TimeUnit.SECONDS));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

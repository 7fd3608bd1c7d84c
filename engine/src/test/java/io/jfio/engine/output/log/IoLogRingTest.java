package io.jfio.engine.output.log;

import io.jfio.model.result.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IoLogRingTest {

    private static void complete(IoLogRing ring, long i) {
        ring.onCompletion(Direction.READ, 4096, i, 0, 1_000 + i, 1_100 + i, i);
    }

    @Test
    @Timeout(60)
    void fullRingWithAnAttachedConsumerWaitsInsteadOfDropping() throws InterruptedException {
        IoLogRing ring = new IoLogRing(16);
        ring.attachConsumer();
        int records = 50_000;
        AtomicLong received = new AtomicLong();
        AtomicLong outOfOrder = new AtomicLong();
        AtomicBoolean producing = new AtomicBoolean(true);
        Thread consumer = new Thread(() -> {
            while (producing.get() || ring.size() > 0) {
                ring.drain((sub, ddir, prio, t, v, lat, off, bytes) -> {
                    if (off != received.getAndIncrement()) {
                        outOfOrder.incrementAndGet();
                    }
                }, 5);
            }
        });
        consumer.start();
        for (long i = 0; i < records; i++) {
            complete(ring, i);
        }
        producing.set(false);
        consumer.join();
        assertEquals(0, ring.droppedCount());
        assertEquals(records, received.get());
        assertEquals(0, outOfOrder.get());
        assertTrue(ring.waitCount() > 0, "a 16-record ring must have filled");
    }

    @Test
    void fullRingWithoutAConsumerDropsAndCounts() {
        IoLogRing ring = new IoLogRing(4);
        for (long i = 0; i < 10; i++) {
            complete(ring, i);
        }
        assertEquals(6, ring.droppedCount());
        assertEquals(0, ring.waitCount());
        assertEquals(4, ring.size());
    }

    @Test
    void detachedConsumerNoLongerHoldsTheProducer() {
        IoLogRing ring = new IoLogRing(4);
        ring.attachConsumer();
        ring.detachConsumer();
        for (long i = 0; i < 10; i++) {
            complete(ring, i);
        }
        assertEquals(6, ring.droppedCount());
    }

    @Test
    @Timeout(60)
    void stalledConsumerMakesTheProducerDropAfterOneWait() {
        IoLogRing ring = new IoLogRing(4);
        ring.attachConsumer(); // attached, but nothing ever drains
        for (long i = 0; i < 10; i++) {
            complete(ring, i); // the 5th waits out the stall, the rest drop at once
        }
        assertEquals(6, ring.droppedCount());
        assertEquals(1, ring.waitCount());
        ring.drain((sub, ddir, prio, t, v, lat, off, bytes) -> { }, 1);
        complete(ring, 10); // the consumer moved: room again, kept
        assertEquals(6, ring.droppedCount());
        assertEquals(4, ring.size());
    }
}

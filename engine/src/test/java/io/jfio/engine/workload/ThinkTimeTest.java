package io.jfio.engine.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ThinkTimeTest {
    private static final long US = 1000;

    @Test
    void stallsAfterEveryBlockByDefault() {
        ThinkTime think = new ThinkTime(new ThinkTimeSpec(100 * US, 0, 1, false, 0), 0);
        assertEquals(0, think.afterIssue(0));
        assertEquals(100 * US, think.afterCompletions(1, 0));
        assertEquals(100 * US, think.afterCompletions(1, 0));
    }

    @Test
    void thinktimeBlocksCountsCompletions() {
        ThinkTime think = new ThinkTime(new ThinkTimeSpec(50 * US, 0, 4, false, 0), 0);
        assertEquals(0, think.afterCompletions(3, 0));
        assertEquals(50 * US, think.afterCompletions(1, 0));
        assertEquals(0, think.afterCompletions(2, 0));
    }

    @Test
    void issueTypeCountsIssuedIos() {
        ThinkTime think = new ThinkTime(new ThinkTimeSpec(50 * US, 0, 2, true, 0), 0);
        assertEquals(0, think.afterCompletions(5, 0));
        assertEquals(0, think.afterIssue(0));
        assertEquals(50 * US, think.afterIssue(0));
    }

    @Test
    void iotimeStallsAfterThatMuchIoTime() {
        long second = 1_000_000_000L;
        ThinkTime think = new ThinkTime(new ThinkTimeSpec(second, 0, Long.MAX_VALUE, false, 9 * second), 0);
        assertEquals(0, think.afterCompletions(1, 8 * second));
        assertEquals(second, think.afterCompletions(1, 9 * second));
        assertEquals(0, think.afterCompletions(1, 18 * second));
        assertEquals(second, think.afterCompletions(1, 19 * second));
    }

    @Test
    void spinIsCappedAtTheThinkTime() {
        assertEquals(10 * US, new ThinkTime(new ThinkTimeSpec(10 * US, 50 * US, 1, false, 0), 0).spinNanos());
        assertEquals(5 * US, new ThinkTime(new ThinkTimeSpec(10 * US, 5 * US, 1, false, 0), 0).spinNanos());
    }

    @Test
    void disabledWithoutThinktime() {
        ThinkTime think = new ThinkTime(ThinkTimeSpec.none(), 0);
        assertFalse(think.isEnabled());
        assertEquals(0, think.afterCompletions(100, 0));
    }
}

package io.jfio.model.result;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LatencyBucketsTest {

    @Test
    void bucketLabelIsItsExclusiveUpperEdge() {
        assertEquals("2", LatencyBuckets.label(LatencyBuckets.indexOf(1)));
        assertEquals("4", LatencyBuckets.label(LatencyBuckets.indexOf(2)));
        assertEquals("nsec", LatencyBuckets.unit(LatencyBuckets.indexOf(999)));
        assertEquals("1000", LatencyBuckets.label(LatencyBuckets.indexOf(999)));
    }

    @Test
    void usecBucketsMatchFioOutput() {
        // fio 3.33 printed "lat (usec): 10=51.56%, 20=3.12%" for clat of 4048..17052 ns
        assertEquals(LatencyBuckets.FIRST_USEC + 2, LatencyBuckets.indexOf(4_048));
        assertEquals("10", LatencyBuckets.label(LatencyBuckets.indexOf(9_999)));
        assertEquals("20", LatencyBuckets.label(LatencyBuckets.indexOf(17_052)));
        assertEquals("usec", LatencyBuckets.unit(LatencyBuckets.indexOf(17_052)));
        assertEquals("250", LatencyBuckets.label(LatencyBuckets.indexOf(245_000)));
    }

    @Test
    void msecBucketsEndWithTwoSecondsAndMore() {
        assertEquals("2", LatencyBuckets.label(LatencyBuckets.indexOf(1_000_000)));
        assertEquals("msec", LatencyBuckets.unit(LatencyBuckets.indexOf(1_000_000)));
        assertEquals("10", LatencyBuckets.label(LatencyBuckets.indexOf(5_140_000)));
        assertEquals("2000", LatencyBuckets.label(LatencyBuckets.indexOf(1_999_999_999L)));
        assertEquals(">=2000", LatencyBuckets.label(LatencyBuckets.indexOf(2_000_000_000L)));
        assertEquals(31, LatencyBuckets.indexOf(Long.MAX_VALUE));
    }

    @Test
    void percentIsShareOfAllSamples() {
        long[] counts = new long[LatencyBuckets.BUCKET_COUNT];
        counts[12] = 33;
        counts[13] = 2;
        counts[15] = 29;
        LatencyBuckets b = LatencyBuckets.of(counts);
        assertEquals(51.5625, b.percent(12), 1e-9);
        assertEquals(64, b.total());
    }
}

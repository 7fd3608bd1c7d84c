package io.jfio.model.log;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FioHistogramBinsTest {

    @Test
    void valuesBelow128HaveTheirOwnBin() {
        assertEquals(0, FioHistogramBins.index(0));
        assertEquals(1, FioHistogramBins.index(1));
        assertEquals(127, FioHistogramBins.index(127));
    }

    @Test
    void eachPowerOfTwoAbove64IsSixtyFourBins() {
        assertEquals(128, FioHistogramBins.index(128));
        assertEquals(128, FioHistogramBins.index(129));
        assertEquals(191, FioHistogramBins.index(255));
        assertEquals(192, FioHistogramBins.index(256));
        assertEquals(192, FioHistogramBins.index(259));
        assertEquals(193, FioHistogramBins.index(260));
    }

    @Test
    void hugeValuesGoToTheLastBin() {
        assertEquals(1855, FioHistogramBins.index(Long.MAX_VALUE));
        assertEquals(1855, FioHistogramBins.index(1L << 40));
    }

    @Test
    void lowerBoundIsTheInverseOfIndex() {
        for (int bin = 0; bin < FioHistogramBins.BIN_COUNT; bin++) {
            long low = FioHistogramBins.lowerBoundNanos(bin);
            assertEquals(bin, FioHistogramBins.index(low), "bin " + bin);
            if (bin > 0) {
                assertEquals(bin - 1, FioHistogramBins.index(low - 1), "below bin " + bin);
            }
        }
    }

    @Test
    void midValueIsTheMiddleOfTheBin() {
        assertEquals(100.0, FioHistogramBins.midValueNanos(100));
        // bin 192 holds 256..259
        assertEquals(258.0, FioHistogramBins.midValueNanos(192));
    }

    @Test
    void coarsenSumsRunsOfBins() {
        long[] bins = new long[FioHistogramBins.BIN_COUNT];
        bins[0] = 1;
        bins[1] = 2;
        bins[2] = 4;
        bins[1855] = 8;
        long[] c1 = FioHistogramBins.coarsen(bins, 1);
        assertEquals(928, c1.length);
        assertEquals(3, c1[0]);
        assertEquals(4, c1[1]);
        assertEquals(8, c1[927]);
        assertEquals(29, FioHistogramBins.coarsen(bins, 6).length);
        assertEquals(15, FioHistogramBins.coarsen(bins, 6)[0] + FioHistogramBins.coarsen(bins, 6)[28]);
    }

    @Test
    void coarsenessAboveSixIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> FioHistogramBins.binCount(7));
    }

    @Test
    void goldenCoarseHistogramCountsEveryIoOfTheJob() throws Exception {
        // 20 IOPS for 500 ms: fio's coarseness-6 lines hold the 10 reads between them
        var lines = FioLogReader.readAllHistograms(FioLogReaderTest.golden("fio-3.33/hist6_clat_hist.6.log"));
        assertEquals(10, lines.stream().mapToLong(HistogramLogEntry::total).sum());
    }
}

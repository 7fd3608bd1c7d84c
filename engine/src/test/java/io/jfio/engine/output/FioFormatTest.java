package io.jfio.engine.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfio.engine.output.FioFormat.Unit;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every expected string below was printed by fio 3.33 for the value beside it (see the fio-3.33 goldens). */
class FioFormatTest {

    @ParameterizedTest(name = "IOPS {0} -> {1}")
    @CsvSource({
        "2448371, 2448k",
        "3078898, 3079k",
        "20285, 20.3k",
        "78769, 78.8k",
        "8000, 8000",
        "16000, 16.0k",
        "64000, 64.0k",
        "987231, 987k",
        "1433982, 1434k",
        "999, 999",
        "0, 0",
    })
    void iopsKeepFourDigitsWithDecimalPrefixes(long iops, String expected) {
        assertEquals(expected, FioFormat.shorten(iops, 4, 1, false, Unit.NONE));
    }

    @ParameterizedTest(name = "{0} B/s -> {1} ({2})")
    @CsvSource({
        "322638769, 308MiB/s, 323MB/s",
        "10028530189, 9564MiB/s, 10.0GB/s",
        "12611168464, 11.7GiB/s, 12.6GB/s",
        "83051591, 79.2MiB/s, 83.1MB/s",
        "524288000, 500MiB/s, 524MB/s",
        "279620266, 267MiB/s, 280MB/s",
        "32768000, 31.2MiB/s, 32.8MB/s",
        "65536000, 62.5MiB/s, 65.5MB/s",
        "638000, 623KiB/s, 638kB/s",
    })
    void bandwidthPairsBinaryAndDecimalPrefixes(long bytesPerSecond, String binary, String decimal) {
        assertEquals(binary, FioFormat.shorten(bytesPerSecond, 4, 1, true, Unit.BYTE_PER_SECOND));
        assertEquals(decimal, FioFormat.shorten(bytesPerSecond, 4, 1, false, Unit.BYTE_PER_SECOND));
    }

    @ParameterizedTest(name = "{0} B -> {1} ({2})")
    @CsvSource({
        "10038558720, 9574MiB, 10.0GB",
        "4071424, 3976KiB, 4071kB",
        "8118272, 7928KiB, 8118kB",
        "1048576, 1024KiB, 1049kB",
        "4194304, 4096KiB, 4194kB",
        "65536, 64.0KiB, 65.5kB",
        "25234948096, 23.5GiB, 25.2GB",
        "4096, 4096B, 4096B",
    })
    void byteCountsPairBinaryAndDecimalPrefixes(long bytes, String binary, String decimal) {
        assertEquals(binary, FioFormat.shorten(bytes, 4, 1, true, Unit.BYTE));
        assertEquals(decimal, FioFormat.shorten(bytes, 4, 1, false, Unit.BYTE));
    }

    @ParameterizedTest(name = "bs {0} -> {1}")
    @CsvSource({
        "4096, 4096B",
        "1000, 1000B",
        "6144, 6144B",
        "8192, 8192B",
        "16384, 16.0KiB",
        "65536, 64.0KiB",
        "131072, 128KiB",
        "1048576, 1024KiB",
        "1572864, 1536KiB",
        "12345, 12.1KiB",
    })
    void blockSizesOfTheStartBanner(long bytes, String expected) {
        assertEquals(expected, FioFormat.shorten(bytes, 4, 1, true, Unit.BYTE));
    }

    @ParameterizedTest(name = "latency {0} -> {1}")
    @CsvSource({
        "107772, 107772",
        "1680146, 1680.1k",
        "1065432, 1065.4k",
        "4057512, 4057.5k",
        "29, 29",
        "999999, 999999",
        "12345678, 12346k",
    })
    void latencyExtremesKeepSixDigits(long nanos, String expected) {
        assertEquals(expected, FioFormat.shorten(nanos, 6, 1, false, Unit.NONE));
    }

    @ParameterizedTest(name = "{0} KiB/s -> {1}")
    @CsvSource({
        "12582912, 12.0GiB/s",
        "9472000, 9250MiB/s",
        "80076, 78.2MiB/s",
        "0, 0KiB/s",
        "512, 512KiB/s",
    })
    void statusRatesStartInKibibytes(long kibPerSecond, String expected) {
        assertEquals(expected, FioFormat.shorten(kibPerSecond, 4, 1024, true, Unit.BYTE_PER_SECOND));
    }

    @Test
    void fractionThatRoundsUpCarriesIntoTheWholePartAsInFio() {
        // 1023/1024 shown with one decimal is "1.0": 9 KiB and 1023 bytes is 10.0KiB
        assertEquals("10.0KiB", FioFormat.shorten(9 * 1024 + 1023, 3, 1, true, Unit.BYTE));
        // fio 3.33 printed 24528 KiB (23.95 MiB) as 24.0MiB (fio-3.33/shorten-carry.txt), and 12264 KiB/s
        // (11.98 MiB/s) as 12.0MiB/s
        String fio = Fixtures.golden("shorten-carry.txt");
        assertTrue(fio.contains(", io=24.0MiB (25.1MB), "), fio);
        assertEquals("24.0MiB", FioFormat.shorten(24_528L * 1024, 4, 1, true, Unit.BYTE));
        assertEquals("12.0MiB/s", FioFormat.shorten(12_264L * 1024, 4, 1, true, Unit.BYTE_PER_SECOND));
    }

    @Test
    void bitUnitsCountEightBitsPerByte() {
        assertEquals("8000bit/s", FioFormat.shorten(1000, 4, 1, false, Unit.BIT_PER_SECOND));
    }

    @ParameterizedTest(name = "%.{1}f of {0} -> {2}")
    @CsvSource({
        "0.125, 2, 0.12",
        "0.375, 2, 0.38",
        "2.675, 2, 2.67",
        "0.0, 2, 0.00",
        "-0.0001, 2, 0.00",
        "99.99999, 1, 100.0",
        "68266.66666666667, 6, 68266.666667",
    })
    void fixedRoundsTheExactBinaryValueHalfEven(double value, int decimals, String expected) {
        assertEquals(expected, FioFormat.fixed(value, decimals));
    }

    @Test
    void fixedWithWidthPadsOnTheLeft() {
        assertEquals(" 0.00", FioFormat.fixed(0, 5, 2));
        assertEquals("11085.24", FioFormat.fixed(11085.24, 5, 2));
    }

    @Test
    void ctimePadsTheDayWithASpace() {
        ZonedDateTime time = ZonedDateTime.of(2026, 11, 5, 14, 9, 13, 0, ZoneOffset.UTC);
        assertEquals("Thu Nov  5 14:09:13 2026", FioFormat.ctime(time));
        assertEquals("Wed Nov 25 14:09:13 2026", FioFormat.ctime(time.withDayOfMonth(25)));
    }

    @Test
    void shareFloorsNonZeroCountsAndIsZeroWithoutTotal() {
        assertEquals(0.01, FioFormat.share(1, 6_160_876, 0.01));
        assertEquals(0.0, FioFormat.share(0, 100, 0.01));
        assertEquals(0.0, FioFormat.share(5, 0, 0.01));
        assertEquals(25.0, FioFormat.share(1, 4, 0.1));
    }
}

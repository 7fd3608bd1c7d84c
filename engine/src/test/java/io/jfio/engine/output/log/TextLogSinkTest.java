package io.jfio.engine.output.log;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextLogSinkTest {

    private static String line(long time, long value, long offset, int prio, boolean logPrio) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TextLogSink sink = new TextLogSink(out, true, logPrio);
        sink.entry(time, value, -1, 1, 4096, offset, prio);
        sink.close();
        return out.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void numbersAreWrittenInDecimalAtEveryDigitCount() throws IOException {
        long[] values = {0, 7, 9, 10, 42, 99, 100, 101, 999, 1_000, 65_535, 245_460, 9_999_999,
            Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, 4_294_967_296L, 123_456_789_012L, 999_999_999_999_999_999L,
            1_000_000_000_000_000_000L, Long.MAX_VALUE};
        for (long v : values) {
            assertEquals(v + ", " + v + ", 1, 4096, " + v + ", 0\n", line(v, v, v, 0, false), "value " + v);
        }
    }

    @Test
    void negativeValueIsWrittenAsZero() throws IOException {
        assertEquals("0, 0, 1, 4096, 0, 0\n", line(-3, -1, -5, 0, false));
    }

    @Test
    void prioColumnIsHexWithLogPrio() throws IOException {
        assertEquals("5, 6, 1, 4096, 8192, 0x4004\n", line(5, 6, 8192, 0x4004, true));
    }

    @Test
    void sharedPerIoColumnsWriteTheSameLinesAsSeparateColumns() throws IOException {
        for (boolean logOffset : new boolean[] {false, true}) {
            for (boolean logPrio : new boolean[] {false, true}) {
                ByteArrayOutputStream separate = new ByteArrayOutputStream();
                ByteArrayOutputStream shared = new ByteArrayOutputStream();
                TextLogSink a = new TextLogSink(separate, logOffset, logPrio);
                TextLogSink b = new TextLogSink(shared, logOffset, logPrio);
                PerIoColumns columns = new PerIoColumns(logOffset, logPrio);
                for (long i = 0; i < 1000; i++) {
                    long time = i * 7;
                    int ddir = (int) (i % 3);
                    long offset = i * 1_234_567_891L;
                    int prio = (int) (i * 97 % 0x8000);
                    columns.set(time, ddir, 4096 << (i % 5), offset, prio);
                    for (long value : new long[] {i, i * 1_000_003L, 1}) {
                        a.entry(time, value, -1, ddir, 4096 << (i % 5), offset, prio);
                        b.entry(columns, value);
                    }
                }
                a.close();
                b.close();
                assertEquals(separate.toString(StandardCharsets.US_ASCII), shared.toString(StandardCharsets.US_ASCII),
                        "log_offset=" + logOffset + " log_prio=" + logPrio);
            }
        }
    }
}

package io.jfio.model.log;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FioLogReaderTest {

    @TempDir
    Path tmp;

    static Path golden(String name) {
        try {
            return Path.of(FioLogReaderTest.class.getResource("/io/jfio/model/log/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsFio33PerIoLogWithoutOffset() throws IOException {
        List<LogEntry> entries = FioLogReader.readAll(golden("fio-3.33/perio_clat.1.log"));
        assertEquals(20, entries.size());
        LogEntry first = entries.get(0);
        assertEquals(new LogEntry(1, 1275482, -1, 0, 4096, -1, 0), first);
        assertFalse(first.hasOffset());
        assertTrue(first.hasPrio());
        assertTrue(entries.stream().allMatch(e -> e.blockSizeBytes() == 4096));
        assertEquals(10, entries.stream().filter(e -> e.ddir() == 1).count());
    }

    @Test
    void readsFio33PerIoLogWithOffset() throws IOException {
        List<LogEntry> entries = FioLogReader.readAll(golden("fio-3.33/offset_bw.2.log"));
        assertEquals(new LogEntry(3, 1447, -1, 0, 4096, 266240, 0), entries.get(0));
        assertTrue(entries.stream().allMatch(LogEntry::hasOffset));
        assertTrue(entries.stream().allMatch(e -> e.offset() % 4096 == 0));
    }

    @Test
    void readsHexPriorityOfLogPrio() throws IOException {
        List<LogEntry> entries = FioLogReader.readAll(golden("fio-3.33/prio_lat.3.log"));
        assertEquals(0x4004, entries.get(0).prio());
        assertEquals(352541, entries.get(0).value());
    }

    @Test
    void readsFio2FourColumnLog() throws IOException {
        List<LogEntry> entries = FioLogReader.readAll(golden("fio-2.x/clat_4col.log"));
        assertEquals(List.of(new LogEntry(0, 1520, -1, 0, 4096, -1, -1), new LogEntry(2, 1377, -1, 1, 4096, -1, -1),
                new LogEntry(3, 980, -1, 0, 4096, -1, -1)), entries);
        assertFalse(entries.get(0).hasPrio());
    }

    @Test
    void readsWindowedLogWithZeroBlockSize() throws IOException {
        List<LogEntry> entries = FioLogReader.readAll(golden("fio-3.33/win_bw.4.log"));
        assertEquals(6, entries.size());
        assertTrue(entries.stream().allMatch(e -> e.blockSizeBytes() == 0 && e.prio() == 0));
    }

    @Test
    void readsHistogramLogWith1856Bins() throws IOException {
        List<HistogramLogEntry> lines = FioLogReader.readAllHistograms(golden("fio-3.33/hist_clat_hist.5.log"));
        assertEquals(2, lines.size());
        for (HistogramLogEntry line : lines) {
            assertEquals(FioHistogramBins.BIN_COUNT, line.binCount());
            assertEquals(0, line.coarseness());
            assertEquals(4096, line.blockSizeBytes());
            assertTrue(line.total() > 0);
        }
        assertEquals(150, lines.get(0).timeMillis());
    }

    @Test
    void readsCoarseHistogramLog() throws IOException {
        List<HistogramLogEntry> lines = FioLogReader.readAllHistograms(golden("fio-3.33/hist6_clat_hist.6.log"));
        assertEquals(4, lines.size());
        assertEquals(29, lines.get(0).binCount());
        assertEquals(6, lines.get(0).coarseness());
    }

    @Test
    void readsFioCompressedBinaryLogWithOffsets() throws IOException {
        try (FioLogReader reader = FioLogReader.open(golden("fio-3.33/fz_clat.9.log.fz"))) {
            assertTrue(reader.isCompressed());
            assertTrue(reader.isBinary());
            List<LogEntry> entries = reader.entries().toList();
            assertEquals(20, entries.size());
            // fio --inflate-log prints the first line as "0, 90870, 1, 4096, 397312, 0"
            assertEquals(new LogEntry(0, 90870, -1, 1, 4096, 397312, 0), entries.get(0));
        }
    }

    @Test
    void readsFioCompressedBinaryLogWithPriority() throws IOException {
        List<LogEntry> entries = FioLogReader.readAll(golden("fio-3.33/fzprio_bw.10.log.fz"));
        // fio --inflate-log: "0, 41150, 0, 4096, 0x4004"
        assertEquals(new LogEntry(0, 41150, -1, 0, 4096, -1, 0x4004), entries.get(0));
    }

    @Test
    void emptyCompressedLogHasNoEntries() throws IOException {
        assertEquals(List.of(), FioLogReader.readAll(golden("fio-3.33/fz_slat.9.log.fz")));
    }

    @Test
    void readsConcatenatedZlibStreamsOfTextLines() throws IOException {
        Path file = tmp.resolve("two-chunks.log.fz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String chunk : new String[] {"0, 10, 0, 4096, 0\n", "5, 20, 1, 4096, 0\n"}) {
            try (DeflaterOutputStream z = new DeflaterOutputStream(bytes, true)) {
                z.write(chunk.getBytes(StandardCharsets.US_ASCII));
                z.finish();
            }
        }
        Files.write(file, bytes.toByteArray());
        List<LogEntry> entries = FioLogReader.readAll(file);
        assertEquals(List.of(new LogEntry(0, 10, -1, 0, 4096, -1, 0), new LogEntry(5, 20, -1, 1, 4096, -1, 0)), entries);
    }

    @Test
    void readsAverageAndMaxLayoutWhenAsked() throws IOException {
        Path file = tmp.resolve("both.log");
        Files.writeString(file, "100, 5000, 9000, 0, 0, 0\n200, 6000, 7000, 1, 0, 0, 0\n");
        try (FioLogReader reader = FioLogReader.open(file, FioLogReader.Layout.AVERAGE_AND_MAX)) {
            assertEquals(new LogEntry(100, 5000, 9000, 0, 0, -1, 0), reader.next());
            assertEquals(new LogEntry(200, 6000, 7000, 1, 0, 0, 0), reader.next());
            assertEquals(null, reader.next());
        }
    }

    @Test
    void malformedValueNamesFileAndLine() {
        Path file = golden("bad/letter_in_value.log");
        FioLogFormatException e = assertThrows(FioLogFormatException.class, () -> FioLogReader.readAll(file));
        assertEquals(3, e.line());
        assertEquals(file + ":3: column 2: expected ',' after the number, found 'o, 0, 4096, '", e.getMessage());
    }

    @Test
    void tooFewColumnsNamesFileAndLine() {
        Path file = golden("bad/too_few_columns.log");
        FioLogFormatException e = assertThrows(FioLogFormatException.class, () -> FioLogReader.readAll(file));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().endsWith(":2: expected 4 to 6 columns (time, value, ddir, bs, [offset,] [prio]), found 2"),
                e.getMessage());
    }

    @Test
    void dataDirectionOutOfRangeIsAnError() {
        FioLogFormatException e = assertThrows(FioLogFormatException.class,
                () -> FioLogReader.readAll(golden("bad/bad_ddir.log")));
        assertTrue(e.getMessage().endsWith(":1: data direction 7 (expected 0, 1 or 2)"), e.getMessage());
    }

    @Test
    void histogramLineReadAsPlainEntryIsAnError() {
        FioLogFormatException e = assertThrows(FioLogFormatException.class,
                () -> FioLogReader.readAll(golden("fio-3.33/hist_clat_hist.5.log")));
        assertEquals(1, e.line());
    }

    @Test
    void streamsLargeLogEntryByEntry() throws IOException {
        Path file = tmp.resolve("big.log");
        StringBuilder sb = new StringBuilder();
        long expectedSum = 0;
        for (int i = 0; i < 200_000; i++) {
            long value = 1000 + i % 7;
            expectedSum += value;
            sb.append(i / 100).append(", ").append(value).append(", ").append(i % 2).append(", 4096, 0\n");
        }
        Files.writeString(file, sb);
        try (FioLogReader reader = FioLogReader.open(file); Stream<LogEntry> s = reader.entries()) {
            long[] countAndSum = new long[2];
            s.forEach(e -> {
                countAndSum[0]++;
                countAndSum[1] += e.value();
            });
            assertEquals(200_000, countAndSum[0]);
            assertEquals(expectedSum, countAndSum[1]);
        }
    }
}

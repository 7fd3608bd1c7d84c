package io.jfio.model.log;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads fio-format logs one entry at a time, written by jfio or by fio itself:
 * <ul>
 *   <li>fio 2.x: {@code time, value, ddir, bs} (4 columns);</li>
 *   <li>fio 3.x: {@code time, value, ddir, bs, prio} (5) or, with {@code log_offset=1},
 *       {@code time, value, ddir, bs, offset, prio} (6); prio in hex with {@code log_prio=1};</li>
 *   <li>windowed logs with {@code log_window_value=both}: {@code time, avg, max, ddir, bs, [offset,] prio}
 *       (open with {@link Layout#AVERAGE_AND_MAX}: by column count alone they look like the above);</li>
 *   <li>histogram logs: {@code time, ddir, bs, bin0, bin1, ...} (more than 7 columns);</li>
 *   <li>{@code log_store_compressed=1} ({@code .fz}): zlib streams holding either fio's binary samples
 *       (what fio 3.33 stores: 32-byte little-endian records {@code time, value, ddir|flags, prio, bs},
 *       40 with an offset) or text lines (jfio's histogram logs).</li>
 * </ul>
 * A malformed line raises {@link FioLogFormatException} naming the file and line. Streams the file: memory
 * does not grow with its length. One thread at a time; close it (or the streams it returns) when done.
 */
public final class FioLogReader implements Closeable {

    /** How to read the columns after the time. */
    public enum Layout {
        /** By column count: 4 = fio 2.x, 5 = fio 3.x, 6 = fio 3.x with offsets, more than 7 = histogram. */
        AUTO,
        /** A windowed log written with {@code log_window_value=both}: average and maximum value columns. */
        AVERAGE_AND_MAX
    }

    private static final int BINARY_RECORD_BYTES = 32;
    private static final int OFFSET_BYTES = 8;
    private static final long OFFSET_FLAG = 0x8000_0000L;
    private static final long PRIO_FLAG = 0x4000_0000L;
    private static final int IOPRIO_CLASS_SHIFT = 13;
    private static final int IOPRIO_CLASS_RT = 1;
    private static final int MAX_PLAIN_COLUMNS = 7;

    private final Path file;
    private final Layout layout;
    private final boolean compressed;
    private final BufferedReader text;
    private final InputStream binary;
    private final ColumnParser parser;
    private final byte[] record = new byte[BINARY_RECORD_BYTES + OFFSET_BYTES];
    private long lineNumber;

    private FioLogReader(Path file, Layout layout, boolean compressed, BufferedReader text, InputStream binary) {
        this.file = file;
        this.layout = layout;
        this.compressed = compressed;
        this.text = text;
        this.binary = binary;
        this.parser = new ColumnParser(file);
    }

    /** Opens a log, detecting compression and content; {@link Layout#AUTO}. */
    public static FioLogReader open(Path file) throws IOException {
        return open(file, Layout.AUTO);
    }

    /** Opens a log, detecting zlib compression (by content, not name) and binary samples inside it. */
    public static FioLogReader open(Path file, Layout layout) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        try {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            boolean zlib = b0 == 0x78 && b1 >= 0 && ((b0 << 8) | b1) % 31 == 0;
            if (!zlib) {
                return new FioLogReader(file, layout, false, textReader(raw), null);
            }
            InputStream inflated = new BufferedInputStream(new ConcatenatedZlibInputStream(raw), 64 * 1024);
            if (looksBinary(inflated)) {
                return new FioLogReader(file, layout, true, null, inflated);
            }
            return new FioLogReader(file, layout, true, textReader(inflated), null);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** Reads every entry of a latency, bandwidth or IOPS log into a list (for small logs and tests). */
    public static List<LogEntry> readAll(Path file) throws IOException {
        try (FioLogReader reader = open(file)) {
            List<LogEntry> out = new ArrayList<>();
            for (LogEntry e = reader.next(); e != null; e = reader.next()) {
                out.add(e);
            }
            return out;
        }
    }

    /** Reads every line of a histogram log into a list (for small logs and tests). */
    public static List<HistogramLogEntry> readAllHistograms(Path file) throws IOException {
        try (FioLogReader reader = open(file)) {
            List<HistogramLogEntry> out = new ArrayList<>();
            for (HistogramLogEntry e = reader.nextHistogram(); e != null; e = reader.nextHistogram()) {
                out.add(e);
            }
            return out;
        }
    }

    private static BufferedReader textReader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII), 64 * 1024);
    }

    // fio's binary samples start with a little-endian millisecond time: its high bytes are zero,
    // and a text log never holds a NUL byte.
    private static boolean looksBinary(InputStream in) throws IOException {
        in.mark(16);
        try {
            for (int i = 0; i < 16; i++) {
                int b = in.read();
                if (b < 0) {
                    return false;
                }
                if (b == 0) {
                    return true;
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    /** True if the file was zlib-compressed ({@code .fz}). */
    public boolean isCompressed() {
        return compressed;
    }

    /** True if the file holds fio's binary samples (a {@code .fz} log written by fio). */
    public boolean isBinary() {
        return binary != null;
    }

    /** The next entry of a latency, bandwidth or IOPS log, or {@code null} at the end. */
    public LogEntry next() throws IOException {
        if (binary != null) {
            return nextBinary();
        }
        String line = nextLine();
        if (line == null) {
            return null;
        }
        long[] c = parser.parse(line, lineNumber);
        int n = parser.count();
        if (n > MAX_PLAIN_COLUMNS) {
            throw new FioLogFormatException(file, lineNumber, "a histogram log line (" + n
                    + " columns); read it with nextHistogram()");
        }
        if (layout == Layout.AVERAGE_AND_MAX) {
            return switch (n) {
                case 6 -> new LogEntry(c[0], c[1], c[2], ddir(c[3]), c[4], -1, prio(c[5]));
                case 7 -> new LogEntry(c[0], c[1], c[2], ddir(c[3]), c[4], c[5], prio(c[6]));
                default -> throw new FioLogFormatException(file, lineNumber,
                        "expected 6 or 7 columns (time, avg, max, ddir, bs, [offset,] prio), found " + n);
            };
        }
        return switch (n) {
            case 4 -> new LogEntry(c[0], c[1], -1, ddir(c[2]), c[3], -1, -1);
            case 5 -> new LogEntry(c[0], c[1], -1, ddir(c[2]), c[3], -1, prio(c[4]));
            case 6 -> new LogEntry(c[0], c[1], -1, ddir(c[2]), c[3], c[4], prio(c[5]));
            default -> throw new FioLogFormatException(file, lineNumber,
                    "expected 4 to 6 columns (time, value, ddir, bs, [offset,] [prio]), found " + n);
        };
    }

    /** The next line of a histogram log, or {@code null} at the end. */
    public HistogramLogEntry nextHistogram() throws IOException {
        if (binary != null) {
            throw new FioLogFormatException(file, 1, "a compressed binary log holds no histogram lines");
        }
        String line = nextLine();
        if (line == null) {
            return null;
        }
        long[] c = parser.parse(line, lineNumber);
        int n = parser.count();
        if (n <= MAX_PLAIN_COLUMNS) {
            throw new FioLogFormatException(file, lineNumber, "expected a histogram line (time, ddir, bs and bins),"
                    + " found only " + n + " columns");
        }
        long[] bins = new long[n - 3];
        System.arraycopy(c, 3, bins, 0, bins.length);
        return new HistogramLogEntry(c[0], ddir(c[1]), c[2], bins);
    }

    /** The remaining entries as a lazy stream; I/O and format errors surface as {@link UncheckedIOException}. */
    public Stream<LogEntry> entries() {
        return lazyStream(this::next);
    }

    /** The remaining histogram lines as a lazy stream. */
    public Stream<HistogramLogEntry> histogramEntries() {
        return lazyStream(this::nextHistogram);
    }

    private interface Source<T> {
        T next() throws IOException;
    }

    private <T> Stream<T> lazyStream(Source<T> source) {
        Iterator<T> it = new Iterator<>() {
            private T pending;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (pending == null && !done) {
                    try {
                        pending = source.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    done = pending == null;
                }
                return pending != null;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T out = pending;
                pending = null;
                return out;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(() -> {
                    try {
                        close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private String nextLine() throws IOException {
        while (true) {
            String line = text.readLine();
            if (line == null) {
                return null;
            }
            lineNumber++;
            if (!line.isBlank()) {
                return line;
            }
        }
    }

    private LogEntry nextBinary() throws IOException {
        if (!readFully(record, 0, BINARY_RECORD_BYTES, true)) {
            return null;
        }
        lineNumber++;
        ByteBuffer b = ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN);
        long time = b.getLong(0);
        long value = b.getLong(8);
        long ddirAndFlags = b.getInt(16) & 0xffff_ffffL;
        int prio = b.getShort(20) & 0xffff;
        long bs = b.getLong(24);
        long offset = -1;
        if ((ddirAndFlags & OFFSET_FLAG) != 0) {
            readFully(record, BINARY_RECORD_BYTES, OFFSET_BYTES, false);
            offset = b.getLong(BINARY_RECORD_BYTES);
        }
        long ddir = ddirAndFlags & ~(OFFSET_FLAG | PRIO_FLAG);
        if ((ddirAndFlags & PRIO_FLAG) == 0) {
            // without log_prio fio shows only whether the I/O had real-time priority
            prio = (prio >> IOPRIO_CLASS_SHIFT) == IOPRIO_CLASS_RT ? 1 : 0;
        }
        if (ddir > 2) {
            throw new FioLogFormatException(file, lineNumber, "binary sample with data direction " + ddir
                    + " (expected 0, 1 or 2): not a fio log sample");
        }
        return new LogEntry(time, value, -1, (int) ddir, bs, offset, prio);
    }

    private boolean readFully(byte[] buf, int off, int len, boolean endAllowed) throws IOException {
        int done = 0;
        while (done < len) {
            int n = binary.read(buf, off + done, len - done);
            if (n < 0) {
                if (done == 0 && endAllowed) {
                    return false;
                }
                throw new FioLogFormatException(file, lineNumber + (endAllowed ? 1 : 0),
                        "compressed log ends in the middle of a " + len + "-byte sample");
            }
            done += n;
        }
        return true;
    }

    private int ddir(long value) throws FioLogFormatException {
        if (value < 0 || value > 2) {
            throw new FioLogFormatException(file, lineNumber, "data direction " + value + " (expected 0, 1 or 2)");
        }
        return (int) value;
    }

    private int prio(long value) throws FioLogFormatException {
        if (value < 0 || value > 0xffff) {
            throw new FioLogFormatException(file, lineNumber, "priority " + value + " out of 0..0xffff");
        }
        return (int) value;
    }

    @Override
    public void close() throws IOException {
        if (text != null) {
            text.close();
        }
        if (binary != null) {
            binary.close();
        }
    }

    /** Splits one line into numbers without allocating per column; reuses its array. */
    private static final class ColumnParser {
        private final Path file;
        private long[] columns = new long[8];
        private int count;

        ColumnParser(Path file) {
            this.file = file;
        }

        int count() {
            return count;
        }

        long[] parse(String line, long lineNumber) throws FioLogFormatException {
            count = 0;
            int i = 0;
            int len = line.length();
            while (true) {
                while (i < len && isBlank(line.charAt(i))) {
                    i++;
                }
                int start = i;
                long value = 0;
                boolean hex = i + 1 < len && line.charAt(i) == '0' && (line.charAt(i + 1) == 'x' || line.charAt(i + 1) == 'X');
                if (hex) {
                    i += 2;
                }
                int digitsStart = i;
                while (i < len) {
                    int d = Character.digit(line.charAt(i), hex ? 16 : 10);
                    if (d < 0) {
                        break;
                    }
                    if (value > (Long.MAX_VALUE - d) / (hex ? 16 : 10)) {
                        throw error(lineNumber, "number too large in column " + (count + 1));
                    }
                    value = value * (hex ? 16 : 10) + d;
                    i++;
                }
                if (i == digitsStart) {
                    throw error(lineNumber, "column " + (count + 1) + ": expected a number, found "
                            + describe(line, start));
                }
                add(value);
                while (i < len && isBlank(line.charAt(i))) {
                    i++;
                }
                if (i == len) {
                    return columns;
                }
                if (line.charAt(i) != ',') {
                    throw error(lineNumber, "column " + count + ": expected ',' after the number, found "
                            + describe(line, i));
                }
                i++;
            }
        }

        private static boolean isBlank(char c) {
            return c == ' ' || c == '\t' || c == '\r';
        }

        private static String describe(String line, int at) {
            if (at >= line.length()) {
                return "the end of the line";
            }
            int end = Math.min(line.length(), at + 12);
            return "'" + line.substring(at, end) + "'";
        }

        private void add(long value) {
            if (count == columns.length) {
                columns = java.util.Arrays.copyOf(columns, columns.length * 2);
            }
            columns[count++] = value;
        }

        private FioLogFormatException error(long lineNumber, String reason) {
            return new FioLogFormatException(file, lineNumber, reason);
        }
    }

    @Override
    public String toString() {
        return "FioLogReader[" + file + (compressed ? ", compressed" : "") + (binary != null ? ", binary" : "") + "]";
    }

}

package io.jfio.engine.output.log;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * fio 3.33's stored-compressed sample format, the content of its {@code .fz} latency, bandwidth and IOPS
 * logs (before zlib): little-endian records of {@code u64 time_ms, u64 value, u32 ddir|flags, u16 ioprio,
 * u16 padding, u64 bs}, plus {@code u64 offset} when flag bit 31 is set; bit 30 marks log_prio. fio's
 * {@code --inflate-log} turns them back into text. A window maximum ({@code log_window_value=both}) has no
 * place in this format and is left out. Not thread-safe: the log writer thread only.
 */
final class BinaryLogSink extends BufferedLogSink {

    private static final int OFFSET_FLAG = 0x8000_0000;
    private static final int PRIO_FLAG = 0x4000_0000;

    private static final int RECORD_BYTES = 32;
    private static final int OFFSET_BYTES = 8;

    private final boolean logOffset;
    private final int flags;
    private final ByteBuffer view = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN);

    BinaryLogSink(OutputStream out, boolean logOffset, boolean logPrio) {
        super(out);
        this.logOffset = logOffset;
        this.flags = (logOffset ? OFFSET_FLAG : 0) | (logPrio ? PRIO_FLAG : 0);
    }

    @Override
    public void entry(long timeMillis, long value, long maxValue, int ddir, long blockSizeBytes, long offset,
                      int ioprio) throws IOException {
        ensure(RECORD_BYTES + OFFSET_BYTES);
        view.position(pos);
        view.putLong(timeMillis).putLong(value).putInt(ddir | flags).putShort((short) ioprio).putShort((short) 0)
                .putLong(blockSizeBytes);
        if (logOffset) {
            view.putLong(offset);
        }
        pos = view.position();
    }

    @Override
    public void histogram(long timeMillis, int ddir, long blockSizeBytes, long[] bins) {
        throw new UnsupportedOperationException("histogram logs are stored compressed as text");
    }
}

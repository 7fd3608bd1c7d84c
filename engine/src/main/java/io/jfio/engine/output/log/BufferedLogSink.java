package io.jfio.engine.output.log;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The buffer and stream handling the log formats share: subclasses put bytes into {@link #buf} at
 * {@link #pos}, calling {@link #ensure} first. Not thread-safe: the log writer thread only.
 */
abstract class BufferedLogSink implements LogSink {

    private static final int BUFFER_BYTES = 64 * 1024;

    protected final byte[] buf = new byte[BUFFER_BYTES];
    protected int pos;
    private final OutputStream out;
    private boolean closed;

    BufferedLogSink(OutputStream out) {
        this.out = out;
    }

    /** Makes room for {@code bytes} more bytes, writing the buffer out if needed. */
    protected final void ensure(int bytes) throws IOException {
        if (pos + bytes > buf.length) {
            drainBuffer();
        }
    }

    private void drainBuffer() throws IOException {
        if (pos > 0) {
            out.write(buf, 0, pos);
            pos = 0;
        }
    }

    @Override
    public final void flush() throws IOException {
        drainBuffer();
        out.flush();
    }

    @Override
    public final void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            drainBuffer();
        } finally {
            out.close();
        }
    }
}

package io.jfio.model.log;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflates a sequence of zlib streams written one after another, as fio's {@code .fz} logs are (one
 * stream per compressed chunk). {@link java.util.zip.InflaterInputStream} stops after the first.
 * One thread at a time.
 */
final class ConcatenatedZlibInputStream extends InputStream {

    private final InputStream in;
    private final Inflater inflater = new Inflater();
    private final byte[] input = new byte[64 * 1024];
    private final byte[] single = new byte[1];
    private boolean eof;

    ConcatenatedZlibInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        int n = read(single, 0, 1);
        return n < 0 ? -1 : single[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!eof) {
            try {
                int n = inflater.inflate(b, off, len);
                if (n > 0) {
                    return n;
                }
            } catch (DataFormatException e) {
                throw new IOException("corrupt zlib data: " + e.getMessage(), e);
            }
            if (inflater.finished()) {
                int remaining = inflater.getRemaining();
                inflater.reset();
                if (remaining > 0) {
                    // the next stream starts in the bytes this one did not consume
                    inflater.setInput(input, inputEnd - remaining, remaining);
                    continue;
                }
                if (!fill()) {
                    eof = true;
                }
            } else if (inflater.needsInput()) {
                if (!fill()) {
                    throw new EOFException("compressed log ends in the middle of a zlib stream");
                }
            } else if (inflater.needsDictionary()) {
                throw new IOException("zlib stream needs a preset dictionary, not a fio log");
            }
        }
        return -1;
    }

    private int inputEnd;

    private boolean fill() throws IOException {
        int n = in.read(input, 0, input.length);
        if (n <= 0) {
            return false;
        }
        inflater.setInput(input, 0, n);
        inputEnd = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        in.close();
    }
}

package app.ductape.sessions.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails a read as soon as more than {@code limit} bytes have come, so an oversized body is never buffered. */
final class LimitedInputStream extends FilterInputStream {
    /** The body was larger than allowed. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long limit) {
            super("the response body exceeds maxResponseBytes (" + limit + " bytes)");
        }
    }

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws TooLargeException {
        count += n;
        if (count > limit) {
            throw new TooLargeException(limit);
        }
    }
}

package org.newskg.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Decompresses a .gz input while counting what comes out: past {@link Limits#MAX_DECOMPRESSED_BYTES},
 * or past {@link Limits#MAX_GZIP_RATIO} times the compressed bytes read (after the first MiB), the
 * stream fails, so a gzip bomb costs a bounded amount of time and no memory. The counts are of
 * bytes actually produced; the gzip header's size field is never trusted.
 */
final class GzipGuard extends FilterInputStream {
    /** The reason a guarded stream stopped; readers report it as the input's error. */
    static final class BombException extends IOException {
        BombException(String message) {
            super(message);
        }
    }

    private final Counting compressed;
    private final long cap;
    private long produced;

    private GzipGuard(Counting compressed, long cap) throws IOException {
        super(new GZIPInputStream(compressed, 64 * 1024));
        this.compressed = compressed;
        this.cap = cap;
    }

    static InputStream open(InputStream raw) throws IOException {
        return new GzipGuard(new Counting(raw), Limits.MAX_DECOMPRESSED_BYTES);
    }

    static InputStream open(InputStream raw, long cap) throws IOException {
        return new GzipGuard(new Counting(raw), cap);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            produced += n;
            if (produced > cap) {
                throw new BombException("decompresses to more than " + Limits.mib(cap) + "; refused (gzip bomb?)");
            }
            if (produced > (1L << 20) && produced > compressed.count * Limits.MAX_GZIP_RATIO) {
                throw new BombException("decompresses more than " + Limits.MAX_GZIP_RATIO
                        + " times its size; refused as a likely gzip bomb");
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buf = new byte[(int) Math.min(n, 8192)];
        int r = read(buf, 0, buf.length);
        return Math.max(r, 0);
    }

    /** Counts the compressed bytes the inflater has consumed. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count++;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}

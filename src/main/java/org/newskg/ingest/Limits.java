package org.newskg.ingest;

/** The size caps of ingest in one place, so that a user reading a refusal can find them. */
public final class Limits {
    /** Whole-file inputs (.txt, .json, feeds) larger than this are refused before they are read into memory. */
    public static final long MAX_FILE_BYTES = 32L << 20;
    /** HTML pages are read up to this size; the rest is cut off with a warning (pages carry their text early). */
    public static final long MAX_HTML_BYTES = 8L << 20;
    /** A JSON Lines record longer than this is skipped; the lines after it are still read. */
    public static final int MAX_LINE_BYTES = 4 << 20;
    /** Decompressed bytes of one .gz input, whatever its header claims. */
    public static final long MAX_DECOMPRESSED_BYTES = 1L << 30;
    /** A .gz input that expands more than this many times past the first MiB is taken for a bomb. */
    public static final int MAX_GZIP_RATIO = 100;
    /** Items read from one feed. */
    public static final int MAX_FEED_ITEMS = 5_000;

    private Limits() {
    }

    static String mib(long bytes) {
        return bytes >= (1L << 20) ? (bytes >> 20) + " MiB" : bytes >= 1024 ? (bytes >> 10) + " KiB" : bytes + " bytes";
    }
}

package org.newskg.store;

/**
 * When an embedded store is worth compacting, and what a compaction did. TDB2 writes copy-on-write,
 * so every commit leaves old index blocks behind (about eight times the live data over a long
 * ingest), and compaction copies the live data, so its cost grows with the store:
 * <ul>
 *   <li>during a run, compact when the store is over four times what it was after the last
 *       compaction plus 256 MiB: disk use stays within about four times the data, and a run
 *       compacts a number of times that grows with the logarithm of its articles;</li>
 *   <li>after a run, compact when the run doubled the store or grew it by 256 MiB.</li>
 * </ul>
 */
public record Compaction(long beforeBytes, long afterBytes, double seconds) {
    /** Growth that is never worth a compaction on its own. */
    public static final long SLACK = 256L << 20;

    /** Mid-run: base is the size after the last compaction (or when writing began). */
    public static boolean dueDuringRun(long base, long now, long slack) {
        return base >= 0 && now > 4 * base + slack;
    }

    /** End of a run: base is the size when the run began (or after its last compaction). */
    public static boolean dueAfterRun(long base, long now, long slack) {
        long grown = now - Math.max(0, base);
        return now > 0 && (grown > slack || base >= 0 && now > 2 * base && grown > slack / 8);
    }

    /** For the log: "compacted the store from 1200 to 150 MiB in 40.1 s". */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "compacted the store from %d to %d MiB in %.1f s", beforeBytes >> 20,
                afterBytes >> 20, seconds);
    }
}

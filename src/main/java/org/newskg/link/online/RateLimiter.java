package org.newskg.link.online;

/**
 * Spaces requests at least {@code 1/rate} seconds apart (start to start), across threads. A server
 * that asks for a pause ({@code Retry-After}) pushes the next slot back.
 */
final class RateLimiter {
    private final long intervalNanos;
    private long next = Long.MIN_VALUE;

    RateLimiter(double perSecond) {
        if (!(perSecond > 0) || perSecond > 1000) {
            throw new IllegalArgumentException("rate must be above 0 and at most 1000 requests/s, not " + perSecond);
        }
        this.intervalNanos = (long) (1e9 / perSecond);
    }

    /** Waits for the next slot and takes it. */
    synchronized void acquire() throws InterruptedException {
        long now = System.nanoTime();
        if (next != Long.MIN_VALUE && next - now > 0) {
            long wait = next - now;
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            now = System.nanoTime();
        }
        next = Math.max(now, next == Long.MIN_VALUE ? now : next) + intervalNanos;
    }

    /** No request before {@code nanos} from now. */
    synchronized void pause(long nanos) {
        long until = System.nanoTime() + nanos;
        if (next == Long.MIN_VALUE || until - next > 0) {
            next = until;
        }
    }
}

package org.newskg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of this process from /proc (Linux), and a reset of its peak between phases. */
final class Memory {
    private static final Path STATUS = Path.of("/proc/self/status");

    private Memory() {
    }

    /** Current resident set in MiB, or -1 where /proc is not there. */
    static long rssMiB() {
        return field("VmRSS:");
    }

    /**
     * Anonymous resident memory in MiB (heap, stacks, native allocations), without the store's
     * memory-mapped files, which RSS counts and which grow with the store, not with the work.
     */
    static long anonMiB() {
        return field("RssAnon:");
    }

    /** Peak resident set since start (or the last reset) in MiB, or -1. */
    static long peakMiB() {
        return field("VmHWM:");
    }

    /** Resets the peak so that the next phase's peak is its own (Linux 4.0+, "5" to clear_refs). */
    static void resetPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | SecurityException e) {
            // not Linux or not permitted: peaks then run from process start, which the report says
        }
    }

    private static long field(String name) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}

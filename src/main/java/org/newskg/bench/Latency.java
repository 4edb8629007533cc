package org.newskg.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated timings of one operation: median and 95th percentile in milliseconds. */
record Latency(String name, double medianMs, double p95Ms, int runs) {

    static Latency measure(String name, int warmups, int runs, Runnable op) {
        for (int i = 0; i < warmups; i++) {
            op.run();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            op.run();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(ms);
        return new Latency(name, ms.get(ms.size() / 2), ms.get(Math.min(ms.size() - 1, (int) Math.ceil(ms.size() * 0.95) - 1)), runs);
    }
}

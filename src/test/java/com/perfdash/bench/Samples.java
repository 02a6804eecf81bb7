package com.perfdash.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Wall-clock durations of repeated runs, in nanoseconds, with the figures the report prints. */
record Samples(List<Long> nanos) {

    Samples {
        nanos = List.copyOf(nanos);
        if (nanos.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
    }

    /** Runs {@code work} {@code warmup} times untimed, then {@code runs} times timed. */
    static Samples measure(int warmup, int runs, ThrowingRunnable work) {
        try {
            for (int i = 0; i < warmup; i++) {
                work.run();
            }
            List<Long> times = new ArrayList<>(runs);
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                work.run();
                times.add(System.nanoTime() - start);
            }
            return new Samples(times);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Times two pieces of work run alternately ({@code a} then {@code b}, then {@code b} then {@code a}
     * ...), so that a busy moment of the machine falls on both alike; {@code warmup} rounds untimed.
     */
    static Samples[] measurePair(int warmup, int runs, ThrowingRunnable a, ThrowingRunnable b) {
        try {
            for (int i = 0; i < warmup; i++) {
                a.run();
                b.run();
            }
            List<Long> ta = new ArrayList<>(runs);
            List<Long> tb = new ArrayList<>(runs);
            for (int i = 0; i < runs; i++) {
                if (i % 2 == 0) {
                    ta.add(time(a));
                    tb.add(time(b));
                } else {
                    tb.add(time(b));
                    ta.add(time(a));
                }
            }
            return new Samples[] {new Samples(ta), new Samples(tb)};
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long time(ThrowingRunnable work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    /** Nearest-rank percentile, {@code p} in (0, 100]. */
    double percentileMillis(double p) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }

    double medianMillis() {
        List<Long> sorted = nanos.stream().sorted().toList();
        int n = sorted.size();
        return (n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0) / 1e6;
    }

    double p95Millis() {
        return percentileMillis(95);
    }

    int count() {
        return nanos.size();
    }

    static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}

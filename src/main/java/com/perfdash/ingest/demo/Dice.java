package com.perfdash.ingest.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of chance: a {@link SplittableRandom} seeded from the spec's seed and the
 * position being generated (unit, year, purpose), so that each report draws from its own stream and
 * the output does not depend on the order or the number of other units.
 *
 * <p>Only plain IEEE arithmetic is used on the drawn doubles (no {@code Math.log}/{@code exp}), and
 * money leaves through {@link #money}, which rounds with the exactly specified {@code Math.round}: the
 * same seed gives the same figures on every JVM.
 */
final class Dice {

    private final SplittableRandom random;

    private Dice(long streamSeed) {
        this.random = new SplittableRandom(streamSeed);
    }

    /** A stream for one purpose, keyed by any number of coordinates (seed, unit index, year, ...). */
    static Dice of(long... keys) {
        long h = 0x9E3779B97F4A7C15L;
        for (long key : keys) {
            h = mix(h ^ mix(key + 0x632BE59BD9B4E019L));
        }
        return new Dice(h);
    }

    /** The SplitMix64 finaliser: spreads nearby keys (unit 1, unit 2 ...) over unrelated streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform integer in {@code [min, max]}, both inclusive. */
    int between(int min, int max) {
        return min == max ? min : random.nextInt(min, max + 1);
    }

    /** A uniform double in {@code [min, max)}. */
    double uniform(double min, double max) {
        return min == max ? min : random.nextDouble(min, max);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T pickOf(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** {@code count} distinct items in random order (all of them, shuffled, when count ≥ size). */
    <T> List<T> sample(List<T> items, int count) {
        List<T> pool = new ArrayList<>(items);
        int n = Math.min(count, pool.size());
        for (int i = 0; i < n; i++) {
            int j = random.nextInt(i, pool.size());
            T tmp = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, tmp);
        }
        return new ArrayList<>(pool.subList(0, n));
    }

    /** A uniform amount in {@code [min, max)} 万元, rounded to two decimals. */
    BigDecimal money(double min, double max) {
        return money(uniform(min, max));
    }

    /**
     * Rounds to two decimals with {@code Math.round}, which is exactly specified (unlike a double's
     * decimal string, whose shortest form changed between JDK releases) and cheap on large sets.
     */
    static BigDecimal money(double value) {
        return BigDecimal.valueOf(Math.round(value * 100), 2);
    }

    /** {@code amount × factor}, rounded to two decimals. */
    static BigDecimal scaled(BigDecimal amount, double factor) {
        return money(amount.doubleValue() * factor);
    }
}

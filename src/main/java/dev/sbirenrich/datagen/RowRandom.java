package dev.sbirenrich.datagen;

import java.util.SplittableRandom;

/**
 * A random stream for one (seed, purpose, row): any row's attributes can be regenerated on demand,
 * in any order, which is what lets awards refer to 3.38M recipients without holding them.
 */
final class RowRandom {
    static final long RECIPIENT = 1;
    static final long ENTITY = 2;
    static final long NAME = 3;
    static final long AWARD = 4;
    static final long TRADE_NAME = 5;
    static final long FIRM = 6;
    static final long STREET = 7;

    private RowRandom() {}

    static SplittableRandom of(long seed, long purpose, long row) {
        return new SplittableRandom(mix(mix(seed ^ purpose * 0x9E3779B97F4A7C15L) + row));
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser: a bijective 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

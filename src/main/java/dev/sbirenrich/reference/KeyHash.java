package dev.sbirenrich.reference;

/**
 * The snapshot's hashes of lookup keys and name tokens: FNV-1a over the chars, finished with
 * MurmurHash3's fmix64 so that every bit depends on every char (the index splits a key hash into
 * a bucket prefix and a stored remainder, so the high bits must be as good as the low ones).
 */
public final class KeyHash {
    private KeyHash() {}

    public static long of(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /**
     * 32 bits of a token's hash, never 0 (0 marks a missing value). Preselection compares tokens by
     * these: a collision can only promote an entry among a block's candidates, never decide a match,
     * because the cascade scores the kept rows from their real names.
     */
    public static int token(String text) {
        int h = (int) (of(text) >>> 32);
        return h == 0 ? 1 : h;
    }
}

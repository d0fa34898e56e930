package dev.sbirenrich.datagen;

/**
 * The UEI and DUNS of an entity number. Both are bijections of the number, so distinct entities
 * never share an identifier and entities beyond the reference (absent companies) get identifiers
 * that the reference does not hold.
 */
final class EntityIdentifiers {
    /** 32 symbols: letters without I and O, digits without 0 and 1 (UEIs avoid look-alikes). */
    private static final char[] UEI_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final long UEI_MASK = (1L << 55) - 1;
    private static final long DUNS_SPACE = 1_000_000_000L;

    private final long ueiMultiplier;
    private final long ueiOffset;
    private final long dunsMultiplier;
    private final long dunsOffset;

    EntityIdentifiers(long seed) {
        long a = RowRandom.mix(seed + 11);
        long b = RowRandom.mix(seed + 13);
        ueiMultiplier = (a | 1) & UEI_MASK;
        ueiOffset = b & UEI_MASK;
        // Odd and not a multiple of 5: invertible modulo 10^9.
        long m = Math.floorMod(RowRandom.mix(seed + 17), DUNS_SPACE) | 1;
        dunsMultiplier = m % 5 == 0 ? m + 2 : m;
        dunsOffset = Math.floorMod(RowRandom.mix(seed + 19), DUNS_SPACE);
    }

    /** 12 characters: 11 carrying 55 bits of the permuted entity number, then a check symbol. */
    String uei(long entity) {
        long x = (entity * ueiMultiplier + ueiOffset) & UEI_MASK;
        char[] out = new char[12];
        int check = 0;
        for (int i = 10; i >= 0; i--) {
            int symbol = (int) (x & 31);
            out[i] = UEI_ALPHABET[symbol];
            check += symbol * (i + 1);
            x >>>= 5;
        }
        out[11] = UEI_ALPHABET[check & 31];
        return new String(out);
    }

    /** Nine digits, leading zeros kept (about one in ten starts with 0). */
    String duns(long entity) {
        // entity < 10^9 and multiplier < 10^9, so the product fits in a long.
        long x = (entity % DUNS_SPACE * dunsMultiplier + dunsOffset) % DUNS_SPACE;
        return zeroPad(x);
    }

    private static String zeroPad(long value) {
        char[] digits = new char[9];
        for (int i = 8; i >= 0; i--) {
            digits[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return new String(digits);
    }
}

package dev.sbirenrich.matching;

/**
 * One slip of the hand between two words: a dropped, added or wrong letter, or two neighbouring
 * letters swapped (an optimal-string-alignment distance of one). Jaro-Winkler forgives most of
 * them, but not a slip at the front of a word ("ALEBARKWAVE" for "KLEBARKWAVE" scores 0.81, below
 * the token floor): its greedy matching pairs the wrong letters once the first one is off.
 */
final class Slip {
    /** Shorter words are not read as slips: one slip from a three-letter word is most often another word. */
    static final int MIN_LENGTH = 4;

    private Slip() {}

    /** Whether {@code a} and {@code b} are exactly one slip apart. */
    static boolean apart(String a, String b) {
        int gap = a.length() - b.length();
        if (gap < -1 || gap > 1) {
            return false;
        }
        String longer = gap >= 0 ? a : b;
        String shorter = gap >= 0 ? b : a;
        int same = 0;
        while (same < shorter.length() && longer.charAt(same) == shorter.charAt(same)) {
            same++;
        }
        if (gap != 0) {
            return longer.regionMatches(same + 1, shorter, same, shorter.length() - same);
        }
        if (same == a.length()) {
            return false;
        }
        if (a.regionMatches(same + 1, b, same + 1, a.length() - same - 1)) {
            return true;
        }
        return same + 1 < a.length() && a.charAt(same) == b.charAt(same + 1) && a.charAt(same + 1) == b.charAt(same)
                && a.regionMatches(same + 2, b, same + 2, a.length() - same - 2);
    }

    /** The similarity of two words one slip apart: the share of the longer word's letters left in place. */
    static double similarity(String a, String b) {
        return 1.0 - 1.0 / Math.max(a.length(), b.length());
    }
}

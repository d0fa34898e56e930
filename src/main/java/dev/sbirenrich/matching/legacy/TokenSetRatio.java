package dev.sbirenrich.matching.legacy;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * rapidfuzz {@code fuzz.token_set_ratio} (no processor, no cutoff): 100 whenever the tokens of one
 * name are a subset of the other's, else the best Indel ratio among the sorted differences and the
 * intersection. Names are prepared once ({@link Tokens}) so one award can be scored against many
 * recipients; lengths count code points, as Python's len() does.
 */
public final class TokenSetRatio {
    private TokenSetRatio() {}

    /** Sorted distinct tokens ({@code sorted(set(s.split()))}) and their joined code points. */
    public static final class Tokens {
        final String[] tokens;
        final int[][] codePoints;
        /** All tokens joined by single spaces: the difference string when nothing is shared. */
        final int[] joined;

        public Tokens(String text) {
            TreeSet<String> set = new TreeSet<>(Arrays.asList(text.strip().split("\\s+")));
            set.remove("");
            tokens = set.toArray(new String[0]);
            codePoints = new int[tokens.length][];
            for (int i = 0; i < tokens.length; i++) {
                codePoints[i] = tokens[i].codePoints().toArray();
            }
            joined = join(codePoints, new boolean[tokens.length]);
        }

        boolean isEmpty() {
            return tokens.length == 0;
        }
    }

    public static double score(String a, String b) {
        return score(new Tokens(a), new Tokens(b));
    }

    public static double score(Tokens a, Tokens b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        boolean[] sharedA = new boolean[a.tokens.length];
        boolean[] sharedB = new boolean[b.tokens.length];
        int sectLen = -1;
        int shared = 0;
        for (int i = 0, j = 0; i < a.tokens.length && j < b.tokens.length; ) {
            int cmp = a.tokens[i].compareTo(b.tokens[j]);
            if (cmp == 0) {
                sectLen += a.codePoints[i].length + 1;
                sharedA[i++] = true;
                sharedB[j++] = true;
                shared++;
            } else if (cmp < 0) {
                i++;
            } else {
                j++;
            }
        }
        if (shared > 0 && (shared == a.tokens.length || shared == b.tokens.length)) {
            return 100;
        }
        sectLen = Math.max(sectLen, 0);
        int[] diffAb = shared == 0 ? a.joined : join(a.codePoints, sharedA);
        int[] diffBa = shared == 0 ? b.joined : join(b.codePoints, sharedB);
        int sep = sectLen != 0 ? 1 : 0;
        int sectAbLen = sectLen + sep + diffAb.length;
        int sectBaLen = sectLen + sep + diffBa.length;
        int dist = diffAb.length + diffBa.length - 2 * lcs(diffAb, diffBa);
        double result = normalized(dist, sectAbLen + sectBaLen);
        if (sectLen == 0) {
            return result;
        }
        double sectAb = normalized(sep + diffAb.length, sectLen + sectAbLen);
        double sectBa = normalized(sep + diffBa.length, sectLen + sectBaLen);
        return Math.max(result, Math.max(sectAb, sectBa));
    }

    /** The tokens not flagged as shared, joined by single spaces. */
    private static int[] join(int[][] tokens, boolean[] shared) {
        int length = -1;
        for (int i = 0; i < tokens.length; i++) {
            if (!shared[i]) {
                length += tokens[i].length + 1;
            }
        }
        int[] out = new int[Math.max(length, 0)];
        int at = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (!shared[i]) {
                if (at > 0) {
                    out[at++] = ' ';
                }
                System.arraycopy(tokens[i], 0, out, at, tokens[i].length);
                at += tokens[i].length;
            }
        }
        return out;
    }

    private static double normalized(int dist, int lenSum) {
        return lenSum == 0 ? 100 : 100 - 100.0 * dist / lenSum;
    }

    /** Longest common subsequence length; bit-parallel (Hyyrö) when the first string fits 64 bits. */
    static int lcs(int[] s1, int[] s2) {
        if (s1.length == 0 || s2.length == 0) {
            return 0;
        }
        if (s1.length > 64) {
            return lcsTable(s1, s2);
        }
        long v = -1L;
        for (int c : s2) {
            long match = 0;
            for (int k = 0; k < s1.length; k++) {
                if (s1[k] == c) {
                    match |= 1L << k;
                }
            }
            long u = v & match;
            v = (v + u) | (v - u);
        }
        long used = s1.length == 64 ? -1L : (1L << s1.length) - 1;
        return Long.bitCount(~v & used);
    }

    private static int lcsTable(int[] s1, int[] s2) {
        int[] prev = new int[s2.length + 1];
        int[] cur = new int[s2.length + 1];
        for (int x : s1) {
            for (int j = 1; j <= s2.length; j++) {
                cur[j] = x == s2[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[s2.length];
    }
}

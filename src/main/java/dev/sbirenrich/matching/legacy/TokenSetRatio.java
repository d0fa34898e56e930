package dev.sbirenrich.matching.legacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * rapidfuzz {@code fuzz.token_set_ratio} (no processor, no cutoff): 100 whenever the tokens of one
 * name are a subset of the other's, else the best Indel ratio among the sorted differences and the
 * intersection. Names are pre-split into sorted distinct tokens so one award can be scored against
 * many recipients cheaply.
 */
public final class TokenSetRatio {
    private TokenSetRatio() {}

    /** Sorted distinct whitespace-separated tokens, as Python's {@code sorted(set(s.split()))}. */
    public static String[] tokens(String text) {
        TreeSet<String> set = new TreeSet<>();
        for (String token : text.split("\\s+")) {
            if (!token.isEmpty()) {
                set.add(token);
            }
        }
        return set.toArray(new String[0]);
    }

    public static double score(String a, String b) {
        return score(tokens(a), tokens(b));
    }

    public static double score(String[] a, String[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        List<String> onlyA = new ArrayList<>();
        List<String> onlyB = new ArrayList<>();
        int sectLen = -1;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            int cmp = i == a.length ? 1 : j == b.length ? -1 : a[i].compareTo(b[j]);
            if (cmp == 0) {
                sectLen += a[i].codePointCount(0, a[i].length()) + 1;
                i++;
                j++;
            } else if (cmp < 0) {
                onlyA.add(a[i++]);
            } else {
                onlyB.add(b[j++]);
            }
        }
        boolean intersect = sectLen >= 0;
        if (intersect && (onlyA.isEmpty() || onlyB.isEmpty())) {
            return 100;
        }
        sectLen = Math.max(sectLen, 0);
        String diffAb = String.join(" ", onlyA);
        String diffBa = String.join(" ", onlyB);
        int abLen = diffAb.codePointCount(0, diffAb.length());
        int baLen = diffBa.codePointCount(0, diffBa.length());
        int sep = sectLen != 0 ? 1 : 0;
        int sectAbLen = sectLen + sep + abLen;
        int sectBaLen = sectLen + sep + baLen;
        int dist = abLen + baLen - 2 * lcs(diffAb.codePoints().toArray(), diffBa.codePoints().toArray());
        double result = normalized(dist, sectAbLen + sectBaLen);
        if (sectLen == 0) {
            return result;
        }
        double sectAb = normalized(sep + abLen, sectLen + sectAbLen);
        double sectBa = normalized(sep + baLen, sectLen + sectBaLen);
        return Math.max(result, Math.max(sectAb, sectBa));
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
        int[] symbols = Arrays.stream(s1).distinct().toArray();
        long[] masks = new long[symbols.length];
        for (int k = 0; k < s1.length; k++) {
            for (int m = 0; m < symbols.length; m++) {
                if (symbols[m] == s1[k]) {
                    masks[m] |= 1L << k;
                }
            }
        }
        long v = -1L;
        for (int c : s2) {
            long match = 0;
            for (int m = 0; m < symbols.length; m++) {
                if (symbols[m] == c) {
                    match = masks[m];
                    break;
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

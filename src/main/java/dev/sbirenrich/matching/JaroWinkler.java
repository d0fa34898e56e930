package dev.sbirenrich.matching;

/** Jaro-Winkler similarity (prefix scale 0.1, up to 4 prefix characters): forgiving to one typo. */
final class JaroWinkler {
    private JaroWinkler() {}

    static double similarity(String a, String b) {
        return similarityAtLeast(a, b, 0.0);
    }

    /**
     * The similarity when it is at least {@code floor}, else 0: a pair whose lengths and common
     * prefix already bound it below the floor is not compared letter by letter. Most token pairs of
     * two different names are such pairs.
     */
    static double similarityAtLeast(String a, String b, double floor) {
        if (a.equals(b)) {
            return 1.0;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        int prefix = 0;
        int maxPrefix = Math.min(4, Math.min(la, lb));
        while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        // At most min(la, lb) matches and no transpositions.
        double shorter = Math.min(la, lb);
        double bestJaro = (shorter / la + shorter / lb + 1.0) / 3.0;
        if (winkler(bestJaro, prefix) < floor) {
            return 0.0;
        }
        double jaro = jaro(a, b, la, lb);
        double similarity = winkler(jaro, prefix);
        return similarity < floor ? 0.0 : similarity;
    }

    private static double winkler(double jaro, int prefix) {
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    private static double jaro(String a, String b, int la, int lb) {
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] matchedA = new boolean[la];
        boolean[] matchedB = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int hi = Math.min(lb - 1, i + window);
            for (int j = Math.max(0, i - window); j <= hi; j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int halfTranspositions = 0;
        for (int i = 0, j = 0; i < la; i++) {
            if (matchedA[i]) {
                while (!matchedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    halfTranspositions++;
                }
                j++;
            }
        }
        return jaro(matches, halfTranspositions, la, lb);
    }

    private static double jaro(int matches, int halfTranspositions, int la, int lb) {
        double m = matches;
        return (m / la + m / lb + (m - halfTranspositions / 2.0) / m) / 3.0;
    }
}

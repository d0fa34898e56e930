package dev.sbirenrich.matching;

import dev.sbirenrich.model.Recipient;

/**
 * Scores how likely a recipient is the award's company, in 0..1.
 *
 * <p>Name: a weighted two-sided coverage. Each token on each side finds its most similar token on
 * the other side (1 when equal, its Jaro-Winkler similarity when at least the floor, else, for
 * words of four letters or more one {@link Slip} apart, the share of letters the slip left, else 0), and
 * the score is the weighted share of both sides' tokens so covered. Two-sided, so a subset is not
 * a match ("ROBOTICS" covers only 1 of "LABORATORIES ROBOTICS SENSORS SOLUTIONS"'s 2.5 weight units
 * and scores 0.57, where token_set_ratio gave 100); weighted by {@link TokenFrequencies}, so a
 * shared generic word counts a quarter of a distinctive one. Names equal once spaces are removed
 * ("START UP" / "STARTUP") score 1. Connectors are ignored.
 *
 * <p>Location: state, city and zip5 agreement restore a share of the score (see
 * {@link MatchingSettings#stateBonus}); the final score never exceeds the name score, so location
 * can separate equal names but never lift a poor name. The city counts only when the street lines
 * do not differ or the zip5 agrees too.
 */
public class MatchScorer {
    private final MatchingSettings settings;

    public MatchScorer(MatchingSettings settings) {
        this.settings = settings;
    }

    public double score(String[] awardTokens, Place award, Recipient candidate, TokenFrequencies df) {
        double name = nameSimilarity(awardTokens, tokensOf(candidate), df);
        Place place = Place.of(candidate);
        boolean zip5 = award.sameZip5(place);
        // A city is many streets: shared by an award whose street line is another, it is a namesake's
        // town more often than the company's, unless the zip5 agrees too.
        boolean city = award.sameCity(place) && (zip5 || !award.otherStreet(place));
        double location = 1.0 - settings.locationWeight()
                + (award.sameState(place) ? settings.stateBonus : 0.0)
                + (city ? settings.cityBonus : 0.0)
                + (zip5 ? settings.zip5Bonus : 0.0);
        return name * location;
    }

    /** Name similarity alone, in 0..1. */
    public double nameSimilarity(String[] a, String[] b, TokenFrequencies df) {
        if (a.length == 0 || b.length == 0) {
            return 0.0;
        }
        if (sameLetters(a, b)) {
            return 1.0;
        }
        // Connectors are dropped once per side: the pairwise loops below then test none.
        String[] wordsA = withoutConnectors(a);
        String[] wordsB = withoutConnectors(b);
        double covered = 0;
        double total = 0;
        for (String token : wordsA) {
            double w = df.weight(token);
            total += w;
            covered += w * bestSimilarity(token, wordsB);
        }
        for (String token : wordsB) {
            double w = df.weight(token);
            total += w;
            covered += w * bestSimilarity(token, wordsA);
        }
        return total == 0 ? 0.0 : covered / total;
    }

    private double bestSimilarity(String token, String[] others) {
        double best = 0;
        for (String other : others) {
            if (token.equals(other)) {
                return 1.0;
            }
            double similarity = JaroWinkler.similarityAtLeast(token, other, settings.tokenSimilarityFloor);
            if (similarity == 0 && Math.min(token.length(), other.length()) >= Slip.MIN_LENGTH
                    && Slip.apart(token, other)) {
                similarity = Slip.similarity(token, other);
            }
            best = Math.max(best, similarity);
        }
        return best;
    }

    /** Whether both names spell the same letters once their spaces are gone ("MICRO WAVE" and "MICROWAVE"). */
    static boolean sameLetters(String[] a, String[] b) {
        int ai = 0;
        int bi = 0;
        int at = 0;
        int bt = 0;
        while (true) {
            while (ai < a.length && at == a[ai].length()) {
                ai++;
                at = 0;
            }
            while (bi < b.length && bt == b[bi].length()) {
                bi++;
                bt = 0;
            }
            if (ai == a.length || bi == b.length) {
                return ai == a.length && bi == b.length;
            }
            if (a[ai].charAt(at++) != b[bi].charAt(bt++)) {
                return false;
            }
        }
    }

    private static String[] withoutConnectors(String[] tokens) {
        int kept = 0;
        for (String token : tokens) {
            if (!GenericWords.isConnector(token)) {
                kept++;
            }
        }
        if (kept == tokens.length) {
            return tokens;
        }
        String[] words = new String[kept];
        int i = 0;
        for (String token : tokens) {
            if (!GenericWords.isConnector(token)) {
                words[i++] = token;
            }
        }
        return words;
    }

    static String[] tokensOf(Recipient r) {
        if (r.nameTokens != null) {
            return NameNormalizer.splitNormalized(r.nameTokens);
        }
        return NameNormalizer.tokens(r.legalBusinessName);
    }

}

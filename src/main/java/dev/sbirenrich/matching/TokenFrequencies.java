package dev.sbirenrich.matching;

import dev.sbirenrich.model.ProbeAnswer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token weights for scoring, IDF-like. The reference index tells us, in each probe answer, how many
 * recipients a key holds; for one-token name keys that is (approximately) the token's document
 * frequency among recipient names. Known frequencies weigh a token between the distinctive weight
 * (held by one recipient) and the generic weight (held by more than the posting cap), on a log
 * scale. Unknown tokens fall back to the generic-word list (and its slips), then to the distinctive weight.
 */
public class TokenFrequencies {
    private final MatchingSettings settings;
    private final Map<String, Integer> frequencies = new HashMap<>();
    /** Words of unknown frequency that are slips of common words, with the word each stands for. */
    private final Map<String, String> slips = new HashMap<>();

    public TokenFrequencies(MatchingSettings settings) {
        this.settings = settings;
    }

    /**
     * Frequencies learnt from an award's probe answers. A word of the award's name that is one slip
     * from a common word ({@link CommonWordSpelling}) weighs as that word: it stands for it.
     */
    public static TokenFrequencies fromAnswers(String[] awardTokens, List<ProbeAnswer> answers,
            MatchingSettings settings) {
        TokenFrequencies df = new TokenFrequencies(settings);
        for (ProbeAnswer answer : answers) {
            String token = NameBlocker.singleToken(answer.key);
            if (token != null) {
                df.record(token, answer.postingSize);
            }
        }
        for (String token : awardTokens) {
            String word = df.frequency(token) < 1 ? CommonWordSpelling.respelled(token) : null;
            if (word != null) {
                df.slips.put(token, word);
            }
        }
        return df;
    }

    /** {@code awardTokens} with each slip of a common word put right, for scoring; the same array when none is. */
    public String[] spelled(String[] awardTokens) {
        if (slips.isEmpty()) {
            return awardTokens;
        }
        String[] spelled = awardTokens.clone();
        for (int i = 0; i < spelled.length; i++) {
            spelled[i] = slips.getOrDefault(spelled[i], spelled[i]);
        }
        return spelled;
    }

    public void record(String token, int documentFrequency) {
        frequencies.merge(token, documentFrequency, Math::max);
    }

    /** The recorded document frequency, or -1 when unknown. */
    public int frequency(String token) {
        return frequencies.getOrDefault(token, -1);
    }

    public double weight(String token) {
        Integer df = frequencies.get(token);
        if (df == null || df < 1) {
            return GenericWords.isGeneric(token) || slips.containsKey(token) ? settings.genericWordWeight
                    : settings.distinctiveWordWeight;
        }
        double commonness = Math.min(1.0, Math.log(df) / Math.log(settings.maxPostingSize + 1.0));
        return settings.distinctiveWordWeight
                - (settings.distinctiveWordWeight - settings.genericWordWeight) * commonness;
    }
}

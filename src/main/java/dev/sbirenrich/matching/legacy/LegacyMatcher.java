package dev.sbirenrich.matching.legacy;

import dev.sbirenrich.model.Recipient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The original pipeline's matcher, reproduced with its flaws so it can be measured beside ours:
 * UEI exact, else DUNS exact (digits only, unpadded), else token_set_ratio against EVERY recipient
 * (no blocking), top 5, >= 90 auto-accepted, 75..89 a candidate. Duplicate identifiers: the last
 * row wins. No identifier veto. Cost grows with recipients per fuzzy award: use on samples.
 */
public final class LegacyMatcher {
    static final double AUTO_THRESHOLD = 90;
    static final double CANDIDATE_THRESHOLD = 75;
    static final int TOP_K = 5;

    private final List<Recipient> recipients;
    private final TokenSetRatio.Tokens[] recipientTokens;
    private final Map<String, Recipient> byUei = new HashMap<>();
    private final Map<String, Recipient> byDuns = new HashMap<>();

    /** Recipients in file order; their uei/duns as read (pandas NaN as null). */
    public LegacyMatcher(List<Recipient> recipients) {
        this.recipients = recipients;
        this.recipientTokens = new TokenSetRatio.Tokens[recipients.size()];
        for (int i = 0; i < recipients.size(); i++) {
            Recipient r = recipients.get(i);
            recipientTokens[i] = new TokenSetRatio.Tokens(LegacyNames.normalize(r.legalBusinessName));
            String ueiKey = LegacyIdentifiers.referenceUeiKey(r.uei);
            if (ueiKey != null) {
                byUei.put(ueiKey, r);
            }
            String dunsKey = LegacyIdentifiers.referenceDunsKey(r.duns);
            if (dunsKey != null) {
                byDuns.put(dunsKey, r);
            }
        }
    }

    /** Cells as pandas holds them: null where pandas reads NaN. */
    public LegacyMatch match(String company, String uei, String duns) {
        String ueiKey = LegacyIdentifiers.awardUeiKey(uei);
        Recipient hit = ueiKey.isEmpty() ? null : byUei.get(ueiKey);
        if (hit != null) {
            return new LegacyMatch("uei-exact", 100, hit, List.of());
        }
        String dunsKey = LegacyIdentifiers.awardDunsKey(duns);
        hit = dunsKey.isEmpty() ? null : byDuns.get(dunsKey);
        if (hit != null) {
            return new LegacyMatch("duns-exact", 100, hit, List.of());
        }
        String name = LegacyNames.normalize(company);
        if (name.isEmpty()) {
            return new LegacyMatch("unmatched", 0, null, List.of());
        }
        List<LegacyMatch.Scored> top = topScores(new TokenSetRatio.Tokens(name));
        List<LegacyMatch.Scored> candidates = new ArrayList<>();
        for (LegacyMatch.Scored s : top) {
            if (s.score() >= CANDIDATE_THRESHOLD) {
                candidates.add(s);
            }
        }
        double best = top.isEmpty() ? 0 : top.get(0).score();
        if (best >= AUTO_THRESHOLD) {
            return new LegacyMatch("name-fuzzy-auto", best, top.get(0).recipient(), candidates);
        }
        return new LegacyMatch(best >= CANDIDATE_THRESHOLD ? "name-fuzzy-candidate" : "name-fuzzy-low",
                best, null, candidates);
    }

    /** process.extract(limit=5): highest scores first, ties in file order. */
    private List<LegacyMatch.Scored> topScores(TokenSetRatio.Tokens awardTokens) {
        int[] index = new int[TOP_K];
        double[] score = new double[TOP_K];
        int size = 0;
        for (int i = 0; i < recipientTokens.length; i++) {
            double s = TokenSetRatio.score(awardTokens, recipientTokens[i]);
            if (size == TOP_K && s <= score[TOP_K - 1]) {
                continue;
            }
            int at = size == TOP_K ? TOP_K - 1 : size++;
            while (at > 0 && score[at - 1] < s) {
                index[at] = index[at - 1];
                score[at] = score[at - 1];
                at--;
            }
            index[at] = i;
            score[at] = s;
        }
        List<LegacyMatch.Scored> out = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            out.add(new LegacyMatch.Scored(recipients.get(index[k]), score[k]));
        }
        return out;
    }
}

package dev.sbirenrich.evaluation;

import java.util.List;

/**
 * What a matcher (ours or the legacy one) decided for one award.
 *
 * @param method the matcher's method label
 * @param accepted whether a recipient is attached (an accepted match)
 * @param recipient the attached recipient, null unless accepted
 * @param candidates recipients offered for review, best first
 * @param namesakesAtTop how many of the first candidates share the best score and one name (0 or
 *     1 when they do not tie): companies that neither the name nor the place tells apart
 * @param trueNamesakeUnlisted the true company is not among the candidates, which all share the best
 *     score and one name, and it bears that name too ({@link UnlistedNamesakes}): one more namesake
 *     the list had no room for, or one the award's place ranks lower
 */
public record Outcome(String method, boolean accepted, AttachedRecipient recipient, List<AttachedRecipient> candidates,
        int namesakesAtTop, boolean trueNamesakeUnlisted) {
    public Outcome(String method, boolean accepted, AttachedRecipient recipient, List<AttachedRecipient> candidates) {
        this(method, accepted, recipient, candidates, 0, false);
    }

    /** Whether every candidate shares the best score and one name (two or more of them). */
    boolean allNamesakes() {
        return candidates.size() >= 2 && namesakesAtTop == candidates.size();
    }

    Outcome withTrueNamesakeUnlisted() {
        return new Outcome(method, accepted, recipient, candidates, namesakesAtTop, true);
    }
}

package dev.sbirenrich.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Counts for a group of awards and the measures derived from them. Precision is over accepted
 * matches; recall is over awards whose company is in the reference. Candidates (no recipient
 * attached) are neither right nor wrong matches: they are counted apart.
 */
@JsonPropertyOrder({"awards", "inReference", "accepted", "correct", "wrongEntity", "matchedAbsent", "candidates",
    "candidateHits", "ambiguous", "unmatched", "precision", "recall", "recallCeiling", "f1"})
public class Tally {
    /** The method label both matchers give a review candidate. */
    static final String CANDIDATE_METHOD = "name-fuzzy-candidate";

    public long awards;
    public long inReference;
    public long accepted;
    public long correct;
    /** Accepted matches to a different company than the true one: the worst error. */
    public long wrongEntity;
    /** Accepted matches of awards whose company is not in the reference. */
    public long matchedAbsent;
    public long candidates;
    /** Candidate outcomes whose candidate list holds the true company. */
    public long candidateHits;
    /**
     * Candidates whose true company ties with a namesake at the best score, listed or not
     * ({@link EntityJudge#isAmbiguous}): misses by construction.
     */
    public long ambiguous;
    public long unmatched;

    public Tally() {}

    void add(TruthRecord truth, Outcome outcome, boolean correctMatch, boolean candidateHit) {
        count(truth, outcome, correctMatch, candidateHit, 1);
    }

    /** Counts the award's outcome {@code after} instead of {@code before}: what a reviewer's decision does. */
    void replace(TruthRecord truth, Outcome before, Outcome after) {
        count(truth, before, EntityJudge.isCorrect(truth, before), EntityJudge.offersTrueEntity(truth, before), -1);
        count(truth, after, EntityJudge.isCorrect(truth, after), EntityJudge.offersTrueEntity(truth, after), 1);
    }

    Tally copy() {
        Tally t = new Tally();
        t.awards = awards;
        t.inReference = inReference;
        t.accepted = accepted;
        t.correct = correct;
        t.wrongEntity = wrongEntity;
        t.matchedAbsent = matchedAbsent;
        t.candidates = candidates;
        t.candidateHits = candidateHits;
        t.ambiguous = ambiguous;
        t.unmatched = unmatched;
        return t;
    }

    private void count(TruthRecord truth, Outcome outcome, boolean correctMatch, boolean candidateHit, int sign) {
        awards += sign;
        if (truth.inReference()) {
            inReference += sign;
        }
        if (outcome.accepted()) {
            accepted += sign;
            if (correctMatch) {
                correct += sign;
            } else if (truth.inReference()) {
                wrongEntity += sign;
            } else {
                matchedAbsent += sign;
            }
        } else if (CANDIDATE_METHOD.equals(outcome.method())) {
            candidates += sign;
            if (candidateHit) {
                candidateHits += sign;
            }
            if (EntityJudge.isAmbiguous(truth, outcome)) {
                ambiguous += sign;
            }
        } else {
            unmatched += sign;
        }
    }

    @JsonProperty
    public Double precision() {
        return accepted == 0 ? null : (double) correct / accepted;
    }

    @JsonProperty
    public Double recall() {
        return inReference == 0 ? null : (double) correct / inReference;
    }

    /** The recall a matcher that never guesses between namesakes could reach: all but the ambiguous awards. */
    @JsonProperty
    public Double recallCeiling() {
        return inReference == 0 ? null : (double) (inReference - ambiguous) / inReference;
    }

    @JsonProperty
    public Double f1() {
        Double p = precision();
        Double r = recall();
        return p == null || r == null || p + r == 0 ? null : 2 * p * r / (p + r);
    }
}

package dev.sbirenrich.matching;

/**
 * Thresholds and weights of matching. Immutable public fields with defaults, which YAML binds
 * (config.EnrichmentSettings); {@link #validate()} refuses inconsistent values before a run starts.
 */
public final class MatchingSettings implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Fuzzy score at or above which the best candidate is attached (with margin and no veto). */
    public final double autoAcceptScore;
    /** Fuzzy score at or above which the best candidate is reported for review, unattached. */
    public final double candidateScore;
    /**
     * Fuzzy score at or above which the best candidate is accepted below {@code autoAcceptScore}
     * when the award's zip5 and city both agree with it (with margin and no veto): a name that
     * close at the award's address is the company, a typo in its rare word or not.
     */
    public final double addressAcceptScore;
    /** Lead the best candidate needs over the best different recipient to be auto-accepted. */
    public final double autoAcceptMargin;
    /**
     * An exact identifier match whose recipient's name scores below this against the award's name
     * is cross-checked: when the name alone auto-accepts a different entity, the name wins (a
     * mistyped or borrowed identifier); otherwise the identifier stands (renames, DBA names).
     */
    public final double identifierNameFloor;
    /**
     * When the lead over the runner-up is short of the margin, the best candidate is still
     * accepted if it is the only entity within the margin at the award's zip5: equal names are
     * common (parents, children, unrelated firms), one of them at the award's address is the company.
     */
    public final boolean zip5BreaksTies;
    /**
     * When the best candidate is not accepted, the only entity within the margin of the best that
     * is at the award's street ({@link Place#sameStreet}), scoring from {@code addressAcceptScore}
     * up and not vetoed, is: namesakes and a typo's near names rarely share a street line.
     */
    public final boolean streetBreaksTies;
    /** A name key holding more recipients than this is answered "too common" with none. */
    public final int maxPostingSize;
    /**
     * The cap instead of {@code maxPostingSize} when the key is the award's own full or skeleton
     * name key: hundreds of recipients can share one name ("CITY OF LIBERTY" in every state), and
     * preselection by place still finds the one at the award's address among them.
     */
    public final int maxSameNamePosting;
    /**
     * The cap instead of {@code maxPostingSize} for a half key probed after a typo
     * ({@code NameBlocker.halfProbes}): the rest of the name in the key makes a large block mostly
     * one name's namesakes, among which preselection finds the company by place. Above it, reading
     * the block costs more than the few companies it finds.
     */
    public final int maxTypoPosting;
    /** Entries of a name block that preselection keeps for scoring, per probe. */
    public final int candidatesPerKey;
    /** Fuzzy candidates kept per award, best first. */
    public final int maxCandidates;
    /**
     * Location is supporting evidence: the name score is multiplied by
     * {@code 1 - (stateBonus + cityBonus + zip5Bonus)} plus the bonuses of the fields that agree.
     * A final score therefore never exceeds the name score; agreement only discounts it less.
     */
    public final double stateBonus;
    public final double cityBonus;
    public final double zip5Bonus;
    /** Weight of a generic word (see GenericWords) when its frequency is unknown; distinctive = 1. */
    public final double genericWordWeight;
    /** Weight of a word that is neither generic nor of known frequency. */
    public final double distinctiveWordWeight;
    /** Jaro-Winkler similarity below which two different tokens count as not matching at all. */
    public final double tokenSimilarityFloor;

    public MatchingSettings() {
        autoAcceptScore = 0.90;
        candidateScore = 0.75;
        addressAcceptScore = 0.75;
        autoAcceptMargin = 0.05;
        identifierNameFloor = 0.50;
        zip5BreaksTies = true;
        streetBreaksTies = true;
        maxPostingSize = 300;
        maxSameNamePosting = 2000;
        maxTypoPosting = 500;
        candidatesPerKey = 8;
        maxCandidates = 5;
        stateBonus = 0.04;
        cityBonus = 0.02;
        zip5Bonus = 0.02;
        genericWordWeight = GenericWords.DEFAULT_WEIGHT;
        distinctiveWordWeight = 1.0;
        tokenSimilarityFloor = 0.85;
    }

    /** Sum of the location bonuses: the share of the score that location agreement can restore. */
    public double locationWeight() {
        return stateBonus + cityBonus + zip5Bonus;
    }

    public void validate() {
        require(candidateScore > 0 && candidateScore <= autoAcceptScore && autoAcceptScore <= 1,
                "need 0 < candidateScore <= autoAcceptScore <= 1");
        require(addressAcceptScore >= candidateScore && addressAcceptScore <= autoAcceptScore,
                "need candidateScore <= addressAcceptScore <= autoAcceptScore");
        require(autoAcceptMargin >= 0 && autoAcceptMargin < 1, "need 0 <= autoAcceptMargin < 1");
        require(identifierNameFloor >= 0 && identifierNameFloor <= 1, "need 0 <= identifierNameFloor <= 1");
        require(maxPostingSize > 0, "need maxPostingSize > 0");
        require(maxSameNamePosting >= maxPostingSize, "need maxSameNamePosting >= maxPostingSize");
        require(maxTypoPosting >= maxPostingSize, "need maxTypoPosting >= maxPostingSize");
        require(maxCandidates > 0, "need maxCandidates > 0");
        require(stateBonus >= 0 && cityBonus >= 0 && zip5Bonus >= 0 && locationWeight() < 1,
                "need non-negative location bonuses summing below 1");
        require(genericWordWeight > 0 && genericWordWeight <= distinctiveWordWeight,
                "need 0 < genericWordWeight <= distinctiveWordWeight");
        require(tokenSimilarityFloor > 0 && tokenSimilarityFloor <= 1, "need 0 < tokenSimilarityFloor <= 1");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("matching settings: " + message);
        }
    }
}

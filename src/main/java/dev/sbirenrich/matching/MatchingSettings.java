package dev.sbirenrich.matching;

/**
 * Thresholds and weights of matching. Public fields with defaults so YAML/Jackson can bind them;
 * {@link #validate()} refuses inconsistent values before a run starts.
 */
public class MatchingSettings implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Fuzzy score at or above which the best candidate is attached (with margin and no veto). */
    public double autoAcceptScore = 0.90;
    /** Fuzzy score at or above which the best candidate is reported for review, unattached. */
    public double candidateScore = 0.75;
    /** Lead the best candidate needs over the best different recipient to be auto-accepted. */
    public double autoAcceptMargin = 0.05;
    /**
     * An exact identifier match whose recipient's name scores below this against the award's name
     * is cross-checked: when the name alone auto-accepts a different entity, the name wins (a
     * mistyped or borrowed identifier); otherwise the identifier stands (renames, DBA names).
     */
    public double identifierNameFloor = 0.50;
    /**
     * When the lead over the runner-up is short of the margin, the best candidate is still
     * accepted if it is the only entity within the margin at the award's zip5: equal names are
     * common (parents, children, unrelated firms), one of them at the award's address is the company.
     */
    public boolean zip5BreaksTies = true;
    /** A name key holding more recipients than this is answered "too common" with none. */
    public int maxPostingSize = 300;
    /**
     * The cap instead of {@code maxPostingSize} when the key is the award's own full or skeleton
     * name key: hundreds of recipients can share one name ("CITY OF LIBERTY" in every state), and
     * preselection by place still finds the one at the award's address among them.
     */
    public int maxSameNamePosting = 2000;
    /** Entries of a name block that preselection keeps for scoring, per probe. */
    public int candidatesPerKey = 8;
    /** Fuzzy candidates kept per award, best first. */
    public int maxCandidates = 5;
    /**
     * Location is supporting evidence: the name score is multiplied by
     * {@code 1 - (stateBonus + cityBonus + zip5Bonus)} plus the bonuses of the fields that agree.
     * A final score therefore never exceeds the name score; agreement only discounts it less.
     */
    public double stateBonus = 0.04;
    public double cityBonus = 0.02;
    public double zip5Bonus = 0.02;
    /** Weight of a generic word (see GenericWords) when its frequency is unknown; distinctive = 1. */
    public double genericWordWeight = GenericWords.DEFAULT_WEIGHT;
    /** Weight of a word that is neither generic nor of known frequency. */
    public double distinctiveWordWeight = 1.0;
    /** Jaro-Winkler similarity below which two different tokens count as not matching at all. */
    public double tokenSimilarityFloor = 0.85;

    public MatchingSettings() {}

    /** Sum of the location bonuses: the share of the score that location agreement can restore. */
    public double locationWeight() {
        return stateBonus + cityBonus + zip5Bonus;
    }

    public void validate() {
        require(candidateScore > 0 && candidateScore <= autoAcceptScore && autoAcceptScore <= 1,
                "need 0 < candidateScore <= autoAcceptScore <= 1");
        require(autoAcceptMargin >= 0 && autoAcceptMargin < 1, "need 0 <= autoAcceptMargin < 1");
        require(identifierNameFloor >= 0 && identifierNameFloor <= 1, "need 0 <= identifierNameFloor <= 1");
        require(maxPostingSize > 0, "need maxPostingSize > 0");
        require(maxSameNamePosting >= maxPostingSize, "need maxSameNamePosting >= maxPostingSize");
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

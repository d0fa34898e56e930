package dev.sbirenrich.model;

/** The outcome of the match cascade for one award. */
public class MatchResult {
    /** {@link #decisionProblem} of an accepted UEI, or DUNS of a recipient without UEI, that no reference row has. */
    public static final String RECIPIENT_NOT_IN_REFERENCE = "recipient-not-in-reference";

    public MatchMethod method;
    /** 1.0 for identifier matches; the fuzzy score otherwise; 0 when unmatched. */
    public double score;
    /** The attached recipient, null for candidates and unmatched. */
    public Recipient recipient;
    /** Best fuzzy candidates, best first (also reported for accepted matches, for review). */
    public Candidate[] candidates;
    /** Distinct recipients scored for this award: how well blocking narrowed the search. */
    public int candidatesExamined;
    /** Reference rows that shared the winning identifier (more than 1 means a duplicate was resolved). */
    public int identifierDuplicates;
    /**
     * True when the award's valid identifier named another recipient whose name does not resemble
     * the award's, and the name alone identified this one (see MatchingSettings#identifierNameFloor).
     */
    public boolean identifierOverruled;
    /** Id of the reference snapshot the award was matched against. */
    public String reference;
    /** The reviewer's decision on this award, or null; it decided the method unless {@link #decisionProblem} says why not. */
    public Decision decision;
    /** Why {@link #decision} could not be applied (its recipient is not in the reference), or null. */
    public String decisionProblem;

    public MatchResult() {}
}

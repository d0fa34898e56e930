package dev.sbirenrich.io;

/**
 * A row of a decisions file that is not applied, and why: reported to the reviewer, never dropped
 * silently. {@code line} is the file line the row starts on (the header is line 1).
 */
public record DecisionProblem(String file, long line, String reason, String detail, String raw) {
    /** A whole file whose header is not the decisions header (line 1; a watching job reports it so). */
    public static final String BAD_HEADER = "bad-header";
    public static final String BAD_RECORD = "bad-record";
    public static final String MISSING_AWARD_FILE = "missing-award-file";
    public static final String BAD_VERDICT = "bad-verdict";
    /** An accept that names the recipient by neither UEI nor DUNS. */
    public static final String MISSING_IDENTIFIER = "missing-identifier";
    public static final String IDENTIFIER_ON_REJECT = "identifier-on-reject";
    public static final String BAD_DUNS = "bad-duns";
    public static final String MISSING_REVIEWER = "missing-reviewer";
    public static final String BAD_TIMESTAMP = "bad-timestamp";
    /** The same award decided two different ways: neither decision is applied. */
    public static final String CONFLICTING_DECISION = "conflicting-decision";
}

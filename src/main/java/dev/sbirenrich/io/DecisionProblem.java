package dev.sbirenrich.io;

/**
 * A row of a decisions file that is not applied, and why: reported to the reviewer, never dropped
 * silently. {@code line} is the file line the row starts on (the header is line 1).
 */
public record DecisionProblem(String file, long line, String reason, String detail, String raw) {
    public static final String BAD_RECORD = "bad-record";
    public static final String MISSING_AWARD_FILE = "missing-award-file";
    public static final String BAD_VERDICT = "bad-verdict";
    public static final String MISSING_UEI = "missing-uei";
    public static final String UEI_ON_REJECT = "uei-on-reject";
    public static final String MISSING_REVIEWER = "missing-reviewer";
    public static final String BAD_TIMESTAMP = "bad-timestamp";
    /** The same award decided two different ways: neither decision is applied. */
    public static final String CONFLICTING_DECISION = "conflicting-decision";
}

package dev.sbirenrich.model;

import java.util.List;

/** A row that could not be read, written to rejected/ with enough context to find and fix it. */
public class Rejection {
    /** A line longer than the readers accept (a runaway quote, or not the expected file). */
    public static final String LINE_TOO_LONG = "line-too-long";
    public static final String INVALID_UTF8 = "invalid-utf8";
    public static final String BROKEN_QUOTING = "broken-quoting";
    public static final String COLUMN_COUNT = "column-count";
    /** An award with neither a company name nor an identifier: nothing to match on. */
    public static final String MISSING_COMPANY = "missing-company";
    public static final String BAD_AMOUNT = "bad-amount";
    public static final String BAD_DATE = "bad-date";
    public static final String BAD_YEAR = "bad-year";
    /** A file whose reading stopped early (truncated compression): its rows before the damage are kept. */
    public static final String TRUNCATED_INPUT = "truncated-input";
    /** Every reason code, so a per-reason counter exists at 0 before its first row. */
    public static final List<String> REASONS = List.of(LINE_TOO_LONG, INVALID_UTF8, BROKEN_QUOTING, COLUMN_COUNT,
            MISSING_COMPANY, BAD_AMOUNT, BAD_DATE, BAD_YEAR, TRUNCATED_INPUT);

    /** "awards" or "recipients". */
    public String input;
    public String sourceFile;
    public long recordNumber;
    /** Short machine-readable reason code, one of {@link #REASONS}. */
    public String reason;
    /** Human-readable detail. */
    public String detail;
    public String rawText;

    public Rejection() {}

    public Rejection(String input, String sourceFile, long recordNumber, String reason, String detail, String rawText) {
        this.input = input;
        this.sourceFile = sourceFile;
        this.recordNumber = recordNumber;
        this.reason = reason;
        this.detail = detail;
        this.rawText = rawText;
    }
}

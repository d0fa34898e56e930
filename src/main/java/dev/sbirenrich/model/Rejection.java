package dev.sbirenrich.model;

/** A row that could not be read, written to rejected/ with enough context to find and fix it. */
public class Rejection {
    /** "awards" or "recipients". */
    public String input;
    public String sourceFile;
    public long recordNumber;
    /** Short machine-readable reason code, e.g. column-count, broken-quoting, invalid-utf8. */
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

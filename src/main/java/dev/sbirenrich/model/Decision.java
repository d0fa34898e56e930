package dev.sbirenrich.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's verdict on one award, from a decisions CSV (docs/review.md). Keyed by the award's
 * input file name and record number, and by the accepted recipient's UEI, or its DUNS when it has no
 * UEI, rather than a reference row, so a decision survives a refresh of the reference. A Flink POJO;
 * serializable because the job is submitted with its decisions inside the enrichment function.
 */
public class Decision implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String ACCEPT = "accept";
    public static final String REJECT = "reject";

    /** The award input file's name, without directory. */
    public String awardFile;
    /** 1-based record number in that file. */
    public long awardRecord;
    /** The award's company as the reviewer saw it: for people reading the file, not matched on. */
    public String company;
    /** {@link #ACCEPT} or {@link #REJECT}. */
    public String verdict;
    /** The accepted recipient's UEI; null for a reject and for a recipient without one. */
    public String uei;
    /** The accepted recipient's DUNS (9 digits), which names it when {@link #uei} is null; null for a reject. */
    public String duns;
    public String reviewer;
    public Instant decidedAt;

    public Decision() {}

    public Decision(String awardFile, long awardRecord, String company, String verdict, String uei, String duns,
            String reviewer, Instant decidedAt) {
        this.awardFile = awardFile;
        this.awardRecord = awardRecord;
        this.company = company;
        this.verdict = verdict;
        this.uei = uei;
        this.duns = duns;
        this.reviewer = reviewer;
        this.decidedAt = decidedAt;
    }

    /** The award it decides, as {@link #awardId(String, long)} spells it. */
    public String awardId() {
        return awardId(awardFile, awardRecord);
    }

    /** The id a decision knows an award by: its input file's name (directory or URI dropped) and record. */
    public static String awardId(String file, long record) {
        return RecordId.of(RecordId.fileName(file), record);
    }

    /** Whether {@code other} says the same of the same award (the reviewer and time may differ). */
    public boolean agreesWith(Decision other) {
        return awardId().equals(other.awardId()) && verdict.equals(other.verdict)
                && Objects.equals(uei, other.uei) && Objects.equals(duns, other.duns);
    }
}

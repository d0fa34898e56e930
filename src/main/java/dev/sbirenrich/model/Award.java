package dev.sbirenrich.model;

import java.util.Objects;
import org.apache.flink.api.common.typeinfo.TypeInfo;

/**
 * One SBIR.gov award row. {@code values} holds the canonical columns in {@link AwardColumns} order
 * as raw text (null where the file lacks the column); parsed fields are filled by the reader.
 * Flink serialises it with {@link AwardSerializer}; keep that serializer's field list in step with
 * this class.
 */
@TypeInfo(AwardTypeInfo.Factory.class)
public class Award {
    public String sourceFile;
    /** 1-based record number in its file, header excluded. */
    public long recordNumber;
    public String[] values;
    /** Columns beyond the canonical 42, kept so output loses nothing. */
    public String[] extraNames;
    public String[] extraValues;

    public Double amount;
    public Integer awardYear;
    /** ISO-8601 date parsed from "Proposal Award Date". */
    public String proposalAwardDate;
    public Integer employees;

    /** Set by the reader when the row could not be read; such an award never reaches matching. */
    public Rejection rejection;
    /** Normalized identifiers, name and probe keys; set by the pipeline's AwardNormalizer. */
    public AwardKeys keys;

    public Award() {}

    public String awardId() {
        return RecordId.of(sourceFile, recordNumber);
    }

    public String get(int column) {
        return values == null || column >= values.length ? null : values[column];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Award a
                && recordNumber == a.recordNumber
                && Objects.equals(sourceFile, a.sourceFile);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceFile, recordNumber);
    }
}

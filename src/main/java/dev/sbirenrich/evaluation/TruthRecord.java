package dev.sbirenrich.evaluation;

import dev.sbirenrich.model.RecordId;

/**
 * One row of truth.csv.
 *
 * @param entityId the true company (shared by its duplicate rows), 0 when absent from the reference
 * @param recipientRecord the true recipient row, 0 when absent
 * @param uei the true company's UEI or null
 * @param duns the true company's DUNS or null
 * @param identifierType both, uei-only, duns-only or neither: the usable identifiers the award carries
 * @param typoKind for a typo award, the kind of slip (dropped-letter, key-slip, ...); null otherwise
 * @param typoLetter for a typo award, where in its word: first-letter, inner or last-letter
 * @param typoWord for a typo award, which word: first-word or later-word
 */
public record TruthRecord(String file, long record, long entityId, long recipientRecord, String uei, String duns,
        String identifierType, String noise, String idFormat, String defect, String typoKind, String typoLetter,
        String typoWord) {

    public boolean inReference() {
        return entityId > 0;
    }

    public String key() {
        return key(file, record);
    }

    static String key(String fileName, long record) {
        return RecordId.of(fileName, record);
    }
}

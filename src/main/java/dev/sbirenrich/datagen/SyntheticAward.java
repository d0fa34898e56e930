package dev.sbirenrich.datagen;

/** One generated award row and its truth. */
final class SyntheticAward {
    /** 1-based record number in awards.csv. */
    long record;
    /** The 42 cells in {@code AwardColumns} order; written raw, quoting is the writer's job. */
    final String[] values = new String[42];
    /** True entity number, 0 when the company is absent from the reference. */
    long entity;
    /** Record number of the true recipient row, 0 when absent. */
    long recipientRecord;
    /** The true entity's identifiers (the row may carry only one of them). */
    String trueUei;
    String trueDuns;
    String identifierType;
    NoiseKind noise;
    /** For a {@link NoiseKind#TYPO} award: what was mistyped, and where. */
    Typo typo;
    /** How the award's identifiers are written: clean, duns-dashed, duns-lost-zeros, ... */
    String idFormat;
    /** For malformed rows: column-count, broken-quoting, invalid-utf8 or unparseable-amount. */
    String defect;
}

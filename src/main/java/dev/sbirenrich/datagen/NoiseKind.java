package dev.sbirenrich.datagen;

/** What was done to an award's company name or identifiers; written to truth.csv as {@link #label()}. */
enum NoiseKind {
    EXACT("exact"),
    SUFFIX("suffix"),
    PUNCTUATION("punctuation"),
    AMPERSAND("ampersand"),
    ABBREVIATION("abbreviation"),
    WORD_ORDER("word-order"),
    TYPO("typo"),
    LEADING_THE("leading-the"),
    DBA("dba"),
    /** The company is not in the reference data: a true non-match. */
    ABSENT("absent"),
    /** The award carries another company's valid identifier. */
    CONTRADICTING_ID("contradicting-id"),
    /** The row itself is broken; see the truth's defect column. */
    MALFORMED("malformed");

    private final String label;

    NoiseKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}

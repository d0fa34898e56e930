package dev.sbirenrich.model;

/** How an award was matched; {@link #label()} is the name used in output and metrics. */
public enum MatchMethod {
    UEI_EXACT("uei-exact", true),
    DUNS_EXACT("duns-exact", true),
    NAME_FUZZY_AUTO("name-fuzzy-auto", true),
    NAME_FUZZY_CANDIDATE("name-fuzzy-candidate", false),
    UNMATCHED("unmatched", false),
    /** A reviewer accepted a recipient for the award ({@link Decision}); it overrides the cascade. */
    MANUAL_ACCEPT("manual-accept", true),
    /** A reviewer rejected every candidate: no recipient, whatever the cascade found. */
    MANUAL_REJECT("manual-reject", false);

    private final String label;
    private final boolean matched;

    MatchMethod(String label, boolean matched) {
        this.label = label;
        this.matched = matched;
    }

    public String label() {
        return label;
    }

    /** Whether a recipient is attached; only these count toward the match rate. */
    public boolean matched() {
        return matched;
    }

    public static MatchMethod fromLabel(String label) {
        for (MatchMethod m : values()) {
            if (m.label.equals(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown match method: " + label);
    }
}

package dev.sbirenrich.model;

/** An award's normalized identifiers and name, and the lookup keys it probes the reference with. */
public class AwardKeys {
    public String uei;
    public String duns;
    public IdentifierStatus ueiStatus;
    public IdentifierStatus dunsStatus;
    /** Normalized name tokens, space separated. */
    public String nameTokens;
    public String city;
    public String state;
    public String zip5;
    /** The Address1 street line in comparable form (see matching.Streets); null when it names none. */
    public String street;
    /** Every lookup key probed for this award (identifier keys and name blocking keys). */
    public String[] probeKeys;

    public AwardKeys() {}
}

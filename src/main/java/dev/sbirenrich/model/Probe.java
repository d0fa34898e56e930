package dev.sbirenrich.model;

/** A question an award asks the reference index: who is filed under {@code key}? */
public class Probe {
    public String key;
    public String awardId;
    /** The award's normalised name tokens, so the index can preselect candidates where they live. */
    public String nameTokens;
    /** The award's place (USPS state code, city, zip5; each may be null): ranks equally named recipients. */
    public String state;
    public String city;
    public String zip5;

    public Probe() {}

    public Probe(String key, String awardId, String nameTokens, String state, String city, String zip5) {
        this.key = key;
        this.awardId = awardId;
        this.nameTokens = nameTokens;
        this.state = state;
        this.city = city;
        this.zip5 = zip5;
    }
}

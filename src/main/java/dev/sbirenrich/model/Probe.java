package dev.sbirenrich.model;

/** A question an award asks the reference index: who is filed under {@code key}? */
public class Probe {
    public String key;
    public String awardId;
    /** The award's normalised name tokens, so the index can preselect candidates where they live. */
    public String nameTokens;
    /** The award's USPS state code or null: breaks ties between equally named recipients. */
    public String state;

    public Probe() {}

    public Probe(String key, String awardId, String nameTokens, String state) {
        this.key = key;
        this.awardId = awardId;
        this.nameTokens = nameTokens;
        this.state = state;
    }
}

package dev.sbirenrich.model;

/** A question an award asks the reference index: who is filed under {@code key}? */
public class Probe {
    public String key;
    public String awardId;

    public Probe() {}

    public Probe(String key, String awardId) {
        this.key = key;
        this.awardId = awardId;
    }
}

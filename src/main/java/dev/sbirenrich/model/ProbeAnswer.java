package dev.sbirenrich.model;

/** The reference index's answer to one probe. */
public class ProbeAnswer {
    public String awardId;
    public String key;
    /** Recipients filed under the key; empty when none or when the block is too common. */
    public Recipient[] recipients;
    /** How many recipients the key holds, counted up to the posting cap plus one. */
    public int postingSize;
    /** True when the key held more recipients than the cap, so none were returned. */
    public boolean tooCommon;

    public ProbeAnswer() {}

    public ProbeAnswer(String awardId, String key, Recipient[] recipients, int postingSize, boolean tooCommon) {
        this.awardId = awardId;
        this.key = key;
        this.recipients = recipients;
        this.postingSize = postingSize;
        this.tooCommon = tooCommon;
    }
}

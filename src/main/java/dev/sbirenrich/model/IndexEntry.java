package dev.sbirenrich.model;

/** A recipient filed under one lookup key (UEI, DUNS or a name block) in the reference index. */
public class IndexEntry {
    public String key;
    public Recipient recipient;

    public IndexEntry() {}

    public IndexEntry(String key, Recipient recipient) {
        this.key = key;
        this.recipient = recipient;
    }
}

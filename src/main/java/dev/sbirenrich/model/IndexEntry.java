package dev.sbirenrich.model;

/**
 * A recipient filed under one lookup key (UEI, DUNS or a name block) in the reference index. The
 * recipient travels in the index's stored form ({@code pipeline.StoredPostingEntry}): it is encoded
 * once per recipient and shared by all of its keys, so the index appends bytes without
 * deserialising and re-serialising a recipient for every key.
 */
public class IndexEntry {
    public String key;
    public byte[] posting;

    public IndexEntry() {}

    public IndexEntry(String key, byte[] posting) {
        this.key = key;
        this.posting = posting;
    }
}

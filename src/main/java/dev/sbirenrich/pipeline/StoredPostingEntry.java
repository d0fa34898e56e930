package dev.sbirenrich.pipeline;

import dev.sbirenrich.matching.PostingEntry;
import dev.sbirenrich.model.Recipient;
import java.util.Map;

/**
 * A keyed-state posting entry: the map key is {@code nameTokens NUL state NUL entryId}, so
 * preselection reads names and states from keys and RocksDB deserialises a recipient only when
 * {@link #recipient()} is called.
 */
final class StoredPostingEntry implements PostingEntry {
    private static final char SEPARATOR = '\u0000';

    private final Map.Entry<String, Recipient> stored;
    private final int afterTokens;
    private final int afterState;

    StoredPostingEntry(Map.Entry<String, Recipient> stored) {
        this.stored = stored;
        this.afterTokens = stored.getKey().indexOf(SEPARATOR);
        this.afterState = stored.getKey().indexOf(SEPARATOR, afterTokens + 1);
    }

    static String mapKey(Recipient recipient) {
        String tokens = recipient.nameTokens == null ? "" : recipient.nameTokens;
        String state = recipient.state == null ? "" : recipient.state;
        return tokens + SEPARATOR + state + SEPARATOR + entryId(recipient);
    }

    static String entryId(Recipient recipient) {
        return recipient.sourceFile + "#" + recipient.recordNumber;
    }

    @Override
    public String nameTokens() {
        return stored.getKey().substring(0, afterTokens);
    }

    @Override
    public String state() {
        return afterState == afterTokens + 1 ? null : stored.getKey().substring(afterTokens + 1, afterState);
    }

    @Override
    public String entryId() {
        return stored.getKey().substring(afterState + 1);
    }

    @Override
    public Recipient recipient() {
        return stored.getValue();
    }

    static Iterable<PostingEntry> over(Iterable<Map.Entry<String, Recipient>> entries) {
        return () -> new java.util.Iterator<>() {
            private final java.util.Iterator<Map.Entry<String, Recipient>> it = entries.iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public PostingEntry next() {
                return new StoredPostingEntry(it.next());
            }
        };
    }
}

package dev.sbirenrich.pipeline;

import dev.sbirenrich.matching.Place;
import dev.sbirenrich.matching.PostingEntry;
import dev.sbirenrich.model.Recipient;
import java.util.Iterator;
import java.util.Map;

/**
 * A keyed-state posting entry: the map key is {@code nameTokens NUL state NUL city NUL zip5 NUL
 * entryId}, so preselection reads names and places from keys and RocksDB deserialises a recipient
 * only when {@link #recipient()} is called.
 */
final class StoredPostingEntry implements PostingEntry {
    private static final char SEPARATOR = '\u0000';
    private static final int FIELDS = 5;

    private final Map.Entry<String, Recipient> stored;
    private final String[] fields;

    StoredPostingEntry(Map.Entry<String, Recipient> stored) {
        this.stored = stored;
        this.fields = stored.getKey().split(String.valueOf(SEPARATOR), FIELDS);
        if (fields.length != FIELDS) {
            throw new IllegalStateException("reference index entry of an older release (" + fields.length
                    + " key fields, expected " + FIELDS + "): resume it as a reference refresh with a new"
                    + " --reference-version (docs/operations.md, section 6)");
        }
    }

    static String mapKey(Recipient recipient) {
        return String.join(String.valueOf(SEPARATOR), orEmpty(recipient.nameTokens), orEmpty(recipient.state),
                orEmpty(recipient.city), orEmpty(recipient.zip5), entryId(recipient));
    }

    static String entryId(Recipient recipient) {
        return recipient.sourceFile + "#" + recipient.recordNumber;
    }

    @Override
    public String nameTokens() {
        return fields[0];
    }

    @Override
    public Place place() {
        return new Place(orNull(fields[1]), orNull(fields[2]), orNull(fields[3]));
    }

    @Override
    public String entryId() {
        return fields[4];
    }

    @Override
    public Recipient recipient() {
        return stored.getValue();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String orNull(String field) {
        return field.isEmpty() ? null : field;
    }

    static Iterable<PostingEntry> over(Iterable<Map.Entry<String, Recipient>> entries) {
        return () -> new Iterator<>() {
            private final Iterator<Map.Entry<String, Recipient>> it = entries.iterator();

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

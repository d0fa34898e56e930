package dev.sbirenrich.pipeline;

import dev.sbirenrich.matching.Place;
import dev.sbirenrich.matching.PostingEntry;
import dev.sbirenrich.model.Recipient;
import dev.sbirenrich.model.RecipientSerializer;
import dev.sbirenrich.model.Utf8Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/**
 * A keyed-state posting entry, stored as bytes: a header {@code nameTokens NUL state NUL city NUL
 * zip5 NUL entryId} in the recipient serializer's string form ({@link Utf8Fields}: it is read for
 * every entry of every probed posting, so not Flink's char-by-char StringSerializer), then the
 * recipient without the fields the header already holds. A whole posting is one list-state value,
 * so a probe reads it with a single lookup; preselection reads names and places from the headers,
 * and a recipient is deserialised only when {@link #recipient()} is called.
 *
 * <p>A recipient is stored under about six keys, and the index is what RocksDB writes, flushes,
 * compacts and checkpoints during the reference load, so each header field is stored once: 187
 * bytes per entry instead of 226 at full scale. A field is left out of the recipient only when it is
 * not empty (the header cannot tell null from empty) and filled back only where the recipient's is
 * null, so entries written before this change, which repeat every field, read the same.
 */
final class StoredPostingEntry implements PostingEntry {
    private static final char SEPARATOR = '\u0000';
    private static final int FIELDS = 5;

    private final byte[] stored;
    private final String header;
    private final int recipientOffset;
    /** Where each separator is: fields are cut out only when asked for, most entries need the name alone. */
    private final int[] separators = new int[FIELDS - 1];

    StoredPostingEntry(byte[] stored) {
        this.stored = stored;
        try {
            DataInputDeserializer in = new DataInputDeserializer(stored);
            this.header = Utf8Fields.read(in);
            this.recipientOffset = in.getPosition();
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable reference index entry", e);
        }
        int found = 0;
        int at = header.indexOf(SEPARATOR);
        while (at >= 0 && found < separators.length) {
            separators[found++] = at;
            at = header.indexOf(SEPARATOR, at + 1);
        }
        if (found != separators.length) {
            throw new IllegalStateException("unreadable reference index entry: " + (found + 1)
                    + " header fields, expected " + FIELDS);
        }
    }

    /** The stored form of {@code recipient}, written once per recipient at load time. */
    static byte[] encode(Recipient recipient) {
        DataOutputSerializer out = new DataOutputSerializer(256);
        try {
            Utf8Fields.write(headerOf(recipient), out);
            RecipientSerializer.INSTANCE.serialize(withoutHeaderFields(recipient), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.getCopyOfBuffer();
    }

    private static String headerOf(Recipient recipient) {
        return String.join(String.valueOf(SEPARATOR), orEmpty(recipient.nameTokens), orEmpty(recipient.state),
                orEmpty(recipient.city), orEmpty(recipient.zip5), entryId(recipient));
    }

    private static Recipient withoutHeaderFields(Recipient recipient) {
        Recipient rest = RecipientSerializer.INSTANCE.copy(recipient);
        rest.nameTokens = inHeader(recipient.nameTokens) ? null : recipient.nameTokens;
        rest.state = inHeader(recipient.state) ? null : recipient.state;
        rest.city = inHeader(recipient.city) ? null : recipient.city;
        rest.zip5 = inHeader(recipient.zip5) ? null : recipient.zip5;
        return rest;
    }

    private static boolean inHeader(String field) {
        return field != null && !field.isEmpty();
    }

    static String entryId(Recipient recipient) {
        return recipient.sourceFile + "#" + recipient.recordNumber;
    }

    @Override
    public String nameTokens() {
        return field(0);
    }

    @Override
    public Place place() {
        return new Place(orNull(field(1)), orNull(field(2)), orNull(field(3)));
    }

    @Override
    public String entryId() {
        return field(4);
    }

    @Override
    public Recipient recipient() {
        try {
            Recipient recipient = RecipientSerializer.INSTANCE.deserialize(
                    new DataInputDeserializer(stored, recipientOffset, stored.length - recipientOffset));
            recipient.nameTokens = recipient.nameTokens == null ? orNull(field(0)) : recipient.nameTokens;
            recipient.state = recipient.state == null ? orNull(field(1)) : recipient.state;
            recipient.city = recipient.city == null ? orNull(field(2)) : recipient.city;
            recipient.zip5 = recipient.zip5 == null ? orNull(field(3)) : recipient.zip5;
            return recipient;
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable reference index entry " + entryId(), e);
        }
    }

    private String field(int index) {
        int from = index == 0 ? 0 : separators[index - 1] + 1;
        int to = index == separators.length ? header.length() : separators[index];
        return header.substring(from, to);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String orNull(String field) {
        return field.isEmpty() ? null : field;
    }

    static Iterable<PostingEntry> over(Iterable<byte[]> posting) {
        return () -> new Iterator<>() {
            private final Iterator<byte[]> it = posting.iterator();

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

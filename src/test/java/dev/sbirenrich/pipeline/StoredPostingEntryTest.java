package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sbirenrich.matching.Place;
import dev.sbirenrich.model.Recipient;
import dev.sbirenrich.model.RecipientSerializer;
import dev.sbirenrich.model.Utf8Fields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class StoredPostingEntryTest {
    @Test
    void nameAndPlaceAreReadFromTheHeaderAndTheRecipientFollows() {
        Recipient recipient = TestRecords.recipient(7, "ACME INNOVATIONS", "ABC123DEF456", null, "NH");
        recipient.city = "NASHUA";
        recipient.zip5 = null;
        StoredPostingEntry entry = new StoredPostingEntry(StoredPostingEntry.encode(recipient));
        assertThat(entry.nameTokens()).isEqualTo(recipient.nameTokens);
        assertThat(entry.place()).isEqualTo(new Place("NH", "NASHUA", null));
        assertThat(entry.entryId()).isEqualTo(StoredPostingEntry.entryId(recipient));
        assertThat(entry.recipient()).usingRecursiveComparison().isEqualTo(recipient);
    }

    @Test
    void headerFieldsAreStoredOnceAndEmptyOrMissingOnesRoundTrip() {
        Recipient recipient = TestRecords.recipient(8, "Orion Photonics, Inc.", null, "123456789", null);
        recipient.state = "";
        recipient.city = "TUCSON";
        recipient.zip5 = null;
        byte[] stored = StoredPostingEntry.encode(recipient);
        assertThat(occurrences(stored, recipient.nameTokens)).isEqualTo(1);
        assertThat(occurrences(stored, "TUCSON")).isEqualTo(1);
        StoredPostingEntry entry = new StoredPostingEntry(stored);
        assertThat(entry.place()).isEqualTo(new Place(null, "TUCSON", null));
        assertThat(entry.recipient()).usingRecursiveComparison().isEqualTo(recipient);
        assertThat(entry.recipient().state).isEmpty();
        assertThat(entry.recipient().zip5).isNull();
    }

    @Test
    void entriesThatRepeatTheHeaderFieldsInTheRecipientReadTheSame() throws IOException {
        // the layout written before header fields were stored once; savepoints may hold it
        Recipient recipient = TestRecords.recipient(9, "ACME INNOVATIONS", "ABC123DEF456", null, "NH");
        recipient.city = "NASHUA";
        recipient.zip5 = "03060";
        DataOutputSerializer out = new DataOutputSerializer(256);
        Utf8Fields.write(String.join("\u0000", recipient.nameTokens, "NH", "NASHUA", "03060",
                StoredPostingEntry.entryId(recipient)), out);
        RecipientSerializer.INSTANCE.serialize(recipient, out);
        StoredPostingEntry entry = new StoredPostingEntry(out.getCopyOfBuffer());
        assertThat(entry.recipient()).usingRecursiveComparison().isEqualTo(recipient);
        assertThat(StoredPostingEntry.encode(recipient)).hasSizeLessThan(out.length());
    }

    @Test
    void anEntryWithoutItsFullHeaderIsRefused() {
        // Utf8Fields' format: a varint of the UTF-8 length + 1, then the bytes
        byte[] truncatedHeader = {4, 'A', 'C', 'M'};
        assertThatThrownBy(() -> new StoredPostingEntry(truncatedHeader))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("expected 5");
    }

    private static int occurrences(byte[] stored, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        int found = 0;
        for (int at = 0; at + needle.length <= stored.length; at++) {
            int i = 0;
            while (i < needle.length && stored[at + i] == needle[i]) {
                i++;
            }
            found += i == needle.length ? 1 : 0;
        }
        return found;
    }
}

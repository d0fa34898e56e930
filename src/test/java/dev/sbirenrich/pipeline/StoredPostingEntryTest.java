package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sbirenrich.matching.Place;
import dev.sbirenrich.model.Recipient;
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
    void anEntryWithoutItsFullHeaderIsRefused() {
        // Utf8Fields' format: a varint of the UTF-8 length + 1, then the bytes
        byte[] truncatedHeader = {4, 'A', 'C', 'M'};
        assertThatThrownBy(() -> new StoredPostingEntry(truncatedHeader))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("expected 5");
    }
}

package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sbirenrich.matching.Place;
import dev.sbirenrich.model.Recipient;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredPostingEntryTest {
    @Test
    void nameAndPlaceAreReadFromTheMapKeyAlone() {
        Recipient recipient = TestRecords.recipient(7, "ACME INNOVATIONS", "ABC123DEF456", null, "NH");
        recipient.city = "NASHUA";
        recipient.zip5 = null;
        StoredPostingEntry entry = new StoredPostingEntry(Map.entry(StoredPostingEntry.mapKey(recipient), recipient));
        assertThat(entry.nameTokens()).isEqualTo(recipient.nameTokens);
        assertThat(entry.place()).isEqualTo(new Place("NH", "NASHUA", null));
        assertThat(entry.entryId()).isEqualTo(StoredPostingEntry.entryId(recipient));
    }

    @Test
    void anIndexOfAnOlderReleaseFailsWithTheWayOut() {
        Recipient recipient = TestRecords.recipient(7, "ACME INNOVATIONS", "ABC123DEF456", null, "NH");
        String olderKey = "ACME INNOVATIONS\u0000NH\u0000recipients.csv#7";
        assertThatThrownBy(() -> new StoredPostingEntry(Map.entry(olderKey, recipient)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("older release")
                .hasMessageContaining("--reference-version");
    }
}

package dev.sbirenrich.pipeline;

import dev.sbirenrich.matching.Place;
import dev.sbirenrich.matching.PostingEntry;
import dev.sbirenrich.model.Recipient;
import java.util.Arrays;
import java.util.List;

/** A posting entry of the broadcast layout, where recipients already live on the heap. */
record HeapPostingEntry(Recipient recipient) implements PostingEntry {
    @Override
    public String nameTokens() {
        return recipient.nameTokens == null ? "" : recipient.nameTokens;
    }

    @Override
    public Place place() {
        return Place.of(recipient);
    }

    @Override
    public String entryId() {
        return StoredPostingEntry.entryId(recipient);
    }

    static List<HeapPostingEntry> over(Recipient[] posting) {
        return posting == null ? List.of() : Arrays.stream(posting).map(HeapPostingEntry::new).toList();
    }
}

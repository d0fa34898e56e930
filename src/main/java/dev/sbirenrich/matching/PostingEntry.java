package dev.sbirenrich.matching;

import dev.sbirenrich.model.Recipient;

/**
 * A recipient filed under a lookup key, whose name can be read without materialising the
 * recipient: state backends keep the name in the entry's key and deserialise the recipient only
 * for the few entries that survive preselection.
 */
public interface PostingEntry {
    /** The recipient's normalised name tokens, space separated. */
    String nameTokens();

    /** Where the recipient is: ranks equally named entries by closeness to the award. */
    Place place();

    /** Unique and stable ("file#record"): breaks ties identically in every state layout. */
    String entryId();

    Recipient recipient();
}

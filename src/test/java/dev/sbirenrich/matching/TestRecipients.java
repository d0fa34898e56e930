package dev.sbirenrich.matching;

import dev.sbirenrich.model.Recipient;

/** Normalized reference rows for tests, built the way the pipeline builds them. */
final class TestRecipients {
    private TestRecipients() {}

    static Recipient recipient(String name, String uei, String duns, String city, String state, String zip,
            long recordNumber) {
        Recipient r = new Recipient();
        r.legalBusinessName = name;
        r.uei = uei;
        r.duns = duns;
        r.city = city;
        r.state = state;
        r.zip5 = zip;
        r.sourceFile = "recipients.csv";
        r.recordNumber = recordNumber;
        return RecipientKeyer.normalize(r);
    }

    static Recipient recipient(String name, String uei, String state, long recordNumber) {
        return recipient(name, uei, null, null, state, null, recordNumber);
    }
}

package dev.sbirenrich.matching;

import dev.sbirenrich.model.Recipient;

/** Normalized reference rows for tests, built the way the pipeline builds them. */
final class TestRecipients {
    private TestRecipients() {}

    static Recipient recipient(String name, String uei, String duns, String city, String state, String zip,
            long recordNumber) {
        Recipient r = raw(name, uei, city, state, zip, recordNumber);
        r.duns = duns;
        return RecipientKeyer.normalize(r);
    }

    /** A row with a street line (address_line_1) and no DUNS. */
    static Recipient atStreet(String name, String uei, String addressLine1, String city, String state, String zip,
            long recordNumber) {
        Recipient r = raw(name, uei, city, state, zip, recordNumber);
        r.addressLine1 = addressLine1;
        return RecipientKeyer.normalize(r);
    }

    private static Recipient raw(String name, String uei, String city, String state, String zip, long recordNumber) {
        Recipient r = new Recipient();
        r.legalBusinessName = name;
        r.uei = uei;
        r.city = city;
        r.state = state;
        r.zip5 = zip;
        r.sourceFile = "recipients.csv";
        r.recordNumber = recordNumber;
        return r;
    }

    static Recipient recipient(String name, String uei, String state, long recordNumber) {
        return recipient(name, uei, null, null, state, null, recordNumber);
    }
}

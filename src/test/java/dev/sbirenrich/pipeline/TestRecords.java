package dev.sbirenrich.pipeline;

import dev.sbirenrich.matching.AwardKeyer;
import dev.sbirenrich.matching.RecipientKeyer;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.AwardColumns;
import dev.sbirenrich.model.Recipient;

/** Small hand-made records for operator tests. */
final class TestRecords {
    private TestRecords() {}

    static Recipient recipient(long record, String name, String uei, String duns, String state) {
        Recipient raw = new Recipient();
        raw.legalBusinessName = name;
        raw.uei = uei;
        raw.duns = duns;
        raw.state = state;
        raw.updateDate = "2024-01-01";
        raw.sourceFile = "recipients.csv";
        raw.recordNumber = record;
        return RecipientKeyer.normalize(raw);
    }

    /** An award as the reader makes it: raw columns, no keys yet. */
    static Award rawAward(long record, String company, String uei, String duns, String state) {
        Award award = new Award();
        award.sourceFile = "awards.csv";
        award.recordNumber = record;
        award.values = new String[AwardColumns.NAMES.size()];
        award.values[AwardColumns.COMPANY] = company;
        award.values[AwardColumns.UEI] = uei;
        award.values[AwardColumns.DUNS] = duns;
        award.values[AwardColumns.STATE] = state;
        return award;
    }

    /** An award as AwardNormalizer leaves it. */
    static Award keyedAward(long record, String company, String uei, String duns, String state) {
        Award award = rawAward(record, company, uei, duns, state);
        award.keys = AwardKeyer.keysFor(company, uei, duns, null, null, state, null);
        return award;
    }
}

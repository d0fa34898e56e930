package dev.sbirenrich.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.model.Recipient;
import org.junit.jupiter.api.Test;

class RecipientKeyerTest {

    @Test
    void normalizesACopyOfADumpRow() {
        // A real recipient_lookup row as damaged by numeric parsing.
        Recipient r = new Recipient();
        r.duns = "82185679.0";
        r.legalBusinessName = "NEW ADVANCES FOR PEOPLE WITH DISABILITIES";
        r.parentDuns = "82185679.0";
        r.city = "BAKERSFIELD";
        r.state = "CA";
        r.zip5 = "93308.0";
        r.uei = "C111BG66D155";
        r.parentUei = "\\N";
        r.addressLine1 = "3400 N SILLECT AVE";
        r.countryCode = "USA";
        r.updateDate = "2025-05-27";
        r.sourceFile = "5412.dat.gz";
        r.recordNumber = 2;
        Recipient raw = r;
        r = RecipientKeyer.normalize(raw);
        assertThat(raw.duns).as("raw row left as read").isEqualTo("82185679.0");
        assertThat(r).usingRecursiveComparison()
                .comparingOnlyFields("legalBusinessName", "addressLine1", "countryCode", "updateDate", "sourceFile",
                        "recordNumber")
                .isEqualTo(raw);
        assertThat(r.duns).isEqualTo("082185679");
        assertThat(r.parentDuns).isEqualTo("082185679");
        assertThat(r.uei).isEqualTo("C111BG66D155");
        assertThat(r.parentUei).isNull();
        assertThat(r.nameTokens).isEqualTo("NEW ADVANCES FOR PEOPLE WITH DISABILITIES");
        assertThat(r.state).isEqualTo("CA");
        assertThat(r.city).isEqualTo("BAKERSFIELD");
        assertThat(r.zip5).isEqualTo("93308");
    }

    @Test
    void indexKeysAreValidIdentifiersThenNameBlocks() {
        Recipient r = new Recipient();
        r.legalBusinessName = "MONARCO GROUP LLC, THE";
        r.duns = "78269681";
        r.uei = "C111CU96ZQA5";
        r.zip5 = "7719.0";
        r = RecipientKeyer.normalize(r);
        assertThat(r.zip5).isEqualTo("07719");
        assertThat(RecipientKeyer.indexKeysFor(r)).startsWith("U|C111CU96ZQA5", "D|078269681")
                .contains(NameBlocker.blockingKeys(new String[] {"MONARCO", "GROUP"}));

        Recipient noIds = new Recipient();
        noIds.legalBusinessName = "PELEPOST EXPRESS CARGO";
        noIds.uei = "bad";
        assertThat(RecipientKeyer.indexKeysFor(RecipientKeyer.normalize(noIds))).isNotEmpty().allMatch(LookupKeys::isNameKey);
    }

    @Test
    void aStreetLineIsFiledUnderItsZip5OrElseItsCity() {
        Recipient r = new Recipient();
        r.legalBusinessName = "ACME ROBOTICS INC";
        r.addressLine1 = "12 Main Street, Suite 4";
        r.city = "Arlington";
        r.zip5 = "22201";
        assertThat(RecipientKeyer.indexKeysFor(RecipientKeyer.normalize(r))).endsWith("S|12 MAIN ST|22201")
                .filteredOn(key -> key.startsWith(LookupKeys.STREET_PREFIX)).hasSize(1);
        r.zip5 = null;
        assertThat(RecipientKeyer.indexKeysFor(RecipientKeyer.normalize(r))).endsWith("S|12 MAIN ST|ARLINGTON");
        r.city = null;
        assertThat(RecipientKeyer.indexKeysFor(RecipientKeyer.normalize(r))).as("a street in no known town")
                .noneMatch(key -> key.startsWith(LookupKeys.STREET_PREFIX));
    }

    @Test
    void awardAndRecipientOfOneCompanyShareKeys() {
        Recipient r = new Recipient();
        r.legalBusinessName = "ACME ROBOTICS INC";
        r.uei = "UEIACME00001";
        String[] probes = AwardKeyer.keysFor("Acme Robotics, Inc.", " ueiacme00001", null, null, null, null, null).probeKeys;
        assertThat(RecipientKeyer.indexKeysFor(RecipientKeyer.normalize(r))).containsExactlyInAnyOrder(probes);
    }
}

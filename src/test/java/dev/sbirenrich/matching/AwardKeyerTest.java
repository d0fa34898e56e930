package dev.sbirenrich.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.model.AwardKeys;
import dev.sbirenrich.model.IdentifierStatus;
import org.junit.jupiter.api.Test;

class AwardKeyerTest {

    @Test
    void fillsNormalizedFieldsAndProbeKeys() {
        AwardKeys k = AwardKeyer.keysFor("Acme Innovations Inc.", "abc123def456", "123-456-789", null,
                "Arlington", "Virginia", "22201-1234");
        assertThat(k.uei).isEqualTo("ABC123DEF456");
        assertThat(k.ueiStatus).isEqualTo(IdentifierStatus.VALID);
        assertThat(k.duns).isEqualTo("123456789");
        assertThat(k.dunsStatus).isEqualTo(IdentifierStatus.VALID);
        assertThat(k.nameTokens).isEqualTo("ACME INNOVATIONS");
        assertThat(k.city).isEqualTo("ARLINGTON");
        assertThat(k.state).isEqualTo("VA");
        assertThat(k.zip5).isEqualTo("22201");
        assertThat(k.probeKeys).startsWith("U|ABC123DEF456", "D|123456789")
                .contains(NameBlocker.blockingKeys(new String[] {"ACME", "INNOVATIONS"}));
    }

    @Test
    void theStreetLineIsProbedInTheAwardsZip5AndInItsCity() {
        AwardKeys k = AwardKeyer.keysFor("Acme Innovations", null, null, "12 Main Street Ste 4", "Arlington",
                "Virginia", "22201");
        assertThat(k.street).isEqualTo("12 MAIN ST");
        assertThat(k.probeKeys).endsWith("S|12 MAIN ST|22201", "S|12 MAIN ST|ARLINGTON");
        assertThat(AwardKeyer.keysFor("Acme Innovations", null, null, "PO Box 12", "Arlington", "Virginia", "22201")
                .probeKeys).noneMatch(key -> key.startsWith(LookupKeys.STREET_PREFIX));
    }

    @Test
    void invalidAndMissingIdentifiersAreNotProbed() {
        AwardKeys k = AwardKeyer.keysFor("Pinnacle Labs", "NOT_A_VALID_UEI", "N/A", null, null, null, null);
        assertThat(k.ueiStatus).isEqualTo(IdentifierStatus.INVALID);
        assertThat(k.dunsStatus).isEqualTo(IdentifierStatus.MISSING);
        assertThat(k.uei).isNull();
        assertThat(k.duns).isNull();
        assertThat(k.state).isNull();
        assertThat(k.zip5).isNull();
        assertThat(k.probeKeys).noneMatch(LookupKeys::isIdentifierKey).isNotEmpty();
    }
}

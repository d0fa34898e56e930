package dev.sbirenrich.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreetsTest {
    @Test
    void bothInputsSpellingsOfOneLineMeet() {
        String reference = Streets.normalize("265 INNOVATION PKWY");
        assertThat(reference).isEqualTo("265 INNOVATION PKWY");
        assertThat(Streets.normalize("265 Innovation Parkway")).isEqualTo(reference);
        assertThat(Streets.normalize(" 265  innovation pkwy. ")).isEqualTo(reference);
        assertThat(Streets.normalize("1200 North Main Street")).isEqualTo(Streets.normalize("1200 N. MAIN ST"));
    }

    @Test
    void theUnitIsDropped() {
        String street = "1086 COMMERCE WAY";
        assertThat(Streets.normalize("1086 Commerce Way, Suite 471")).isEqualTo(street);
        assertThat(Streets.normalize("1086 Commerce Way Ste 471")).isEqualTo(street);
        assertThat(Streets.normalize("1086 Commerce Way #471")).isEqualTo(street);
        assertThat(Streets.normalize("1086 Commerce Way, Bldg 2, Floor 3")).isEqualTo(street);
        assertThat(Streets.normalize("1941 Madison Ct 516")).as("a bare number after the street type")
                .isEqualTo("1941 MADISON CT");
    }

    @Test
    void aNumberThatNamesTheStreetStays() {
        assertThat(Streets.normalize("5 Route 9")).isEqualTo("5 ROUTE 9");
        assertThat(Streets.normalize("5 Route 9")).isNotEqualTo(Streets.normalize("5 Route 10"));
    }

    @Test
    void aLineWithoutHouseNumberAndStreetIsNone() {
        assertThat(Streets.normalize("PO Box 1234")).isNull();
        assertThat(Streets.normalize("Innovation Center")).isNull();
        assertThat(Streets.normalize("265")).isNull();
        assertThat(Streets.normalize("265 #12")).isNull();
        assertThat(Streets.normalize("")).isNull();
        assertThat(Streets.normalize("N/A")).isNull();
        assertThat(Streets.normalize(null)).isNull();
    }
}

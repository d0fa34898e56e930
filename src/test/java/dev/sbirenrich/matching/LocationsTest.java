package dev.sbirenrich.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocationsTest {

    @ParameterizedTest
    @CsvSource({"Virginia, VA", "VA, VA", "va, VA", "'  new york ', NY", "District of Columbia, DC",
        "Puerto Rico, PR", "West Virginia, WV"})
    void stateNamesAndCodesMeetOnTheUspsCode(String raw, String code) {
        assertThat(Locations.stateCode(raw)).isEqualTo(code);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "nan", "Atlantis", "XX"})
    void unknownStatesAreNull(String raw) {
        assertThat(Locations.stateCode(raw)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"22201, 22201", "22201-1234, 22201", "222011234, 22201", "95742.0, 95742", "7719.0, 07719",
        "07719, 07719", "501, 00501"})
    void zipsAreFiveDigitTextWithLeadingZeros(String raw, String zip5) {
        assertThat(Locations.zip5(raw)).isEqualTo(zip5);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "nan", "12", "123456", "ABCDE"})
    void unusableZipsAreNull(String raw) {
        assertThat(Locations.zip5(raw)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"Arlington, ARLINGTON", "St. Louis, ST LOUIS", "'  san  josé ', SAN JOSE"})
    void citiesAreFoldedUppercaseWords(String raw, String city) {
        assertThat(Locations.city(raw)).isEqualTo(city);
    }
}

package dev.sbirenrich.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.model.IdentifierStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @CsvSource({
        "N5Z3JQIP98Q1, N5Z3JQIP98Q1",
        "'  ueimixed0001 ', UEIMIXED0001",
        "C111ATT311C8, C111ATT311C8",
    })
    void validUeiIsTrimmedAndUppercased(String raw, String expected) {
        assertThat(Identifiers.normalizeUei(raw)).isEqualTo(expected);
        assertThat(Identifiers.ueiStatus(raw)).isEqualTo(IdentifierStatus.VALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOT_A_VALID_UEI", "MED123TECH456", "ABC123", "ABC-123-DEF-4", "ÄBC123DEF456", "000000000000"})
    void malformedUeiIsInvalid(String raw) {
        assertThat(Identifiers.normalizeUei(raw)).isNull();
        assertThat(Identifiers.ueiStatus(raw)).isEqualTo(IdentifierStatus.INVALID);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "nan", "NaN", "N/A", "n/a", "NA", "null", "NULL", "None", "-", "\\N", " nan "})
    void placeholdersAreMissingNeverKeys(String raw) {
        assertThat(Identifiers.ueiStatus(raw)).isEqualTo(IdentifierStatus.MISSING);
        assertThat(Identifiers.dunsStatus(raw)).isEqualTo(IdentifierStatus.MISSING);
        assertThat(Identifiers.normalizeUei(raw)).isNull();
        assertThat(Identifiers.normalizeDuns(raw)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "123456789, 123456789",
        "082185679, 082185679",
        "82185679, 082185679",
        "82185679.0, 082185679",
        "123456789.0, 123456789",
        "123-456-789, 123456789",
        "222-222-222, 222222222",
        "'123 456 789', 123456789",
        "7719, 000007719",
        "0082185679, 082185679",
    })
    void dunsKeepsLeadingZerosAndSurvivesFloatAndDashes(String raw, String expected) {
        assertThat(Identifiers.normalizeDuns(raw)).isEqualTo(expected);
        assertThat(Identifiers.dunsStatus(raw)).isEqualTo(IdentifierStatus.VALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "12345678901234", "NOT_A_NUMBER", "12345678.5", "1.23456789E8", "000000000", "0", "12a456789"})
    void dunsThatCannotBeNineDigitsIsInvalid(String raw) {
        assertThat(Identifiers.normalizeDuns(raw)).isNull();
        assertThat(Identifiers.dunsStatus(raw)).isEqualTo(IdentifierStatus.INVALID);
    }
}

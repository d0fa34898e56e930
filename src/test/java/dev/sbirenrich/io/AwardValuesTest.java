package dev.sbirenrich.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AwardValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "150000.0000|150000.0", "1,500,000.50|1500000.5", "$1,500|1500.0", " 275000 |275000.0", "-2500.00|-2500.0"})
    void readsAmountFormats(String cell, double expected) {
        assertThat(AwardValues.amount(cell)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12abc", "1,50,000", "NaN", "1e5", "$", "1.2.3"})
    void refusesWhatIsNotAnAmount(String cell) {
        assertThatThrownBy(() -> AwardValues.amount(cell)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2023-03-15|2023-03-15", "05/15/2022|2022-05-15", "10-01-2020|2020-10-01",
        "5/7/2021|2021-05-07"})
    void readsTheThreeDateFormats(String cell, String iso) {
        assertThat(AwardValues.isoDate(cell)).isEqualTo(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023/15/03", "2023-02-30", "15/05/2022", "March 3, 2023", "2023-03-15 00:00:00"})
    void refusesOtherDates(String cell) {
        assertThatThrownBy(() -> AwardValues.isoDate(cell)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yearMustHaveFourDigits() {
        assertThat(AwardValues.year(" 2023 ")).isEqualTo(2023);
        assertThatThrownBy(() -> AwardValues.year("23")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AwardValues.year("2023.0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void employeesTolerateDecimalsAndGiveUpQuietly() {
        assertThat(AwardValues.employees("25")).isEqualTo(25);
        assertThat(AwardValues.employees("25.0")).isEqualTo(25);
        assertThat(AwardValues.employees("1,200")).isEqualTo(1200);
        assertThat(AwardValues.employees("25.5")).isNull();
        assertThat(AwardValues.employees("unknown")).isNull();
    }

    @Test
    void blankCellsAreAbsentNotWrong() {
        for (String blank : new String[] {null, "", "   "}) {
            assertThat(AwardValues.amount(blank)).isNull();
            assertThat(AwardValues.isoDate(blank)).isNull();
            assertThat(AwardValues.year(blank)).isNull();
            assertThat(AwardValues.employees(blank)).isNull();
        }
    }
}

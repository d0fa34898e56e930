package dev.sbirenrich.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceTest {
    private final Place award = new Place("NH", "NASHUA", "03062");

    @Test
    void zipOutweighsCityAndStateTogetherAndCityOutweighsState() {
        int sameZip = award.agreement(new Place("NH", null, "03062"));
        int sameCityAndState = award.agreement(new Place("NH", "NASHUA", "03060"));
        int sameState = award.agreement(new Place("NH", "CONCORD", "03301"));
        assertThat(award.agreement(award)).isEqualTo(7);
        assertThat(sameZip).isGreaterThan(sameCityAndState);
        assertThat(sameCityAndState).isGreaterThan(sameState);
        assertThat(sameState).isGreaterThan(award.agreement(new Place("VA", "RESTON", "20190")));
    }

    @Test
    void missingFieldsNeverAgree() {
        assertThat(new Place(null, null, null).agreement(new Place(null, null, null))).isZero();
        assertThat(new Place(null, null, null).sameZip5(new Place(null, null, null))).isFalse();
        assertThat(award.sameZip5(new Place(null, null, "03062"))).isTrue();
    }
}

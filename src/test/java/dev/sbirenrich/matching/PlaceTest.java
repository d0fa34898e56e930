package dev.sbirenrich.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceTest {
    private final Place award = new Place("NH", "NASHUA", "03062", null);

    @Test
    void missingFieldsNeverAgree() {
        Place nowhere = new Place(null, null, null, null);
        assertThat(nowhere.sameState(nowhere)).isFalse();
        assertThat(nowhere.sameCity(nowhere)).isFalse();
        assertThat(nowhere.sameZip5(nowhere)).isFalse();
        assertThat(nowhere.sameStreet(nowhere)).isFalse();
        assertThat(award.sameZip5(new Place(null, null, "03062", null))).isTrue();
    }

    @Test
    void aStreetAgreesOnlyInTheSameTown() {
        Place award = new Place("NH", "NASHUA", "03062", "12 MAIN ST");
        assertThat(award.sameStreet(new Place("NH", "NASHUA", "03060", "12 MAIN ST"))).as("same city").isTrue();
        assertThat(award.sameStreet(new Place("NH", null, "03062", "12 MAIN ST"))).as("same zip5").isTrue();
        assertThat(award.sameStreet(new Place("NH", "CONCORD", "03301", "12 MAIN ST"))).as("another town").isFalse();
        assertThat(award.sameStreet(new Place("NH", "NASHUA", "03062", "14 MAIN ST"))).isFalse();
        Place slipped = new Place("NH", "NASHUA", "03062", "4654 MADSON ST");
        assertThat(slipped.sameStreet(new Place("NH", "NASHUA", "03062", "4654 MADISON ST"))).as("one slip").isTrue();
        assertThat(slipped.otherStreet(new Place("NH", "NASHUA", "03062", "4654 MADISON ST"))).isFalse();
        assertThat(slipped.sameStreet(new Place("NH", "NASHUA", "03062", "4655 MADISON ST"))).as("another number")
                .isFalse();
        assertThat(slipped.sameStreet(new Place("NH", "NASHUA", "03062", "4654 MASON RD"))).isFalse();
        assertThat(new Place("NH", "NASHUA", "03062", null).sameStreet(new Place("NH", "NASHUA", "03062", null)))
                .as("missing never agrees").isFalse();
    }
}

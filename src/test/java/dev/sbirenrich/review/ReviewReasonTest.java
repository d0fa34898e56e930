package dev.sbirenrich.review;

import static dev.sbirenrich.model.MatchMethod.NAME_FUZZY_AUTO;
import static dev.sbirenrich.model.MatchMethod.NAME_FUZZY_CANDIDATE;
import static dev.sbirenrich.model.MatchMethod.UEI_EXACT;
import static dev.sbirenrich.model.MatchMethod.UNMATCHED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.matching.MatchingSettings;
import org.junit.jupiter.api.Test;

class ReviewReasonTest {
    private static final MatchingSettings SETTINGS = new MatchingSettings();
    private static final double AUTO = SETTINGS.autoAcceptScore;
    private static final double MARGIN = SETTINGS.autoAcceptMargin;

    private static ReviewReason reason(boolean candidate, boolean overruled, boolean vetoed, double... scores) {
        return ReviewReason.of(candidate ? NAME_FUZZY_CANDIDATE : NAME_FUZZY_AUTO, overruled, scores, vetoed, SETTINGS,
                MARGIN);
    }

    @Test
    void aCandidateUnderTheAutoAcceptScoreIsBelowThreshold() {
        assertThat(reason(true, false, false, AUTO - 0.01)).isEqualTo(ReviewReason.BELOW_THRESHOLD);
        assertThat(reason(true, false, false, AUTO - 0.01, AUTO - 0.02)).isEqualTo(ReviewReason.BELOW_THRESHOLD);
    }

    @Test
    void aCandidateAtTheScoreWithATwinWithinTheMarginHasNoMargin() {
        assertThat(reason(true, false, false, AUTO + 0.02, AUTO + 0.02 - MARGIN / 2)).isEqualTo(ReviewReason.NO_MARGIN);
    }

    @Test
    void aVetoOrAnOverruledIdentifierIsAContradictingIdentifierWhateverTheScore() {
        assertThat(reason(true, false, true, 0.99)).isEqualTo(ReviewReason.CONTRADICTING_IDENTIFIER);
        assertThat(reason(true, true, false, AUTO - 0.1)).isEqualTo(ReviewReason.CONTRADICTING_IDENTIFIER);
    }

    @Test
    void anAutoAcceptIsReviewedOnlyWhenItJustPassed() {
        assertThat(reason(false, false, false, 0.97, 0.97 - MARGIN / 2)).isEqualTo(ReviewReason.SMALL_MARGIN);
        assertThat(reason(false, true, false, 0.97, 0.5)).isEqualTo(ReviewReason.IDENTIFIER_OVERRULED);
        assertThat(reason(false, false, false, 0.97, 0.97 - MARGIN)).isNull();
        assertThat(reason(false, false, false, 0.97)).as("alone, it leads by its score").isNull();
    }

    @Test
    void theReviewMarginWidensTheNearPasses() {
        double[] scores = {0.97, 0.97 - 2 * MARGIN};
        assertThat(ReviewReason.of(NAME_FUZZY_AUTO, false, scores, false, SETTINGS, MARGIN)).isNull();
        assertThat(ReviewReason.of(NAME_FUZZY_AUTO, false, scores, false, SETTINGS, 3 * MARGIN))
                .isEqualTo(ReviewReason.SMALL_MARGIN);
    }

    @Test
    void otherMethodsAreNeverReviewed() {
        assertThat(ReviewReason.of(UEI_EXACT, true, new double[0], false, SETTINGS, MARGIN)).isNull();
        assertThat(ReviewReason.of(UNMATCHED, false, new double[] {0.5}, false, SETTINGS, MARGIN)).isNull();
    }
}

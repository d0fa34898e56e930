package dev.sbirenrich.review;

import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.model.MatchMethod;

/**
 * Why an award is on the review page: for a candidate, why the cascade (matching.MatchCascade) did
 * not decide; for an auto-accepted name match, why it only just passed. Read from the output, with
 * the run's thresholds.
 */
public enum ReviewReason {
    /** A valid award identifier contradicts the best candidate's, or belongs to another company. */
    CONTRADICTING_IDENTIFIER("contradicting-identifier"),
    /** The best score is under the auto-accept score. */
    BELOW_THRESHOLD("below-threshold"),
    /** Another entity scored within the auto-accept margin of the best. */
    NO_MARGIN("no-margin"),
    /** Accepted with a lead over the runner-up under the review margin (the zip5 broke the tie). */
    SMALL_MARGIN("small-margin"),
    /** Accepted by name against the award's own UEI or DUNS, which names another company. */
    IDENTIFIER_OVERRULED("identifier-overruled");

    /** Scores in the output are rounded to 4 places; this only absorbs floating-point sums. */
    private static final double TOLERANCE = 1e-9;

    private final String label;

    ReviewReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The best candidate's lead over the next entity's, as the cascade measures it (the best alone leads by its score). */
    public static double margin(double[] scores) {
        return scores.length == 0 ? 0 : scores[0] - (scores.length > 1 ? scores[1] : 0);
    }

    /**
     * Why the award needs review, or null when it does not. {@code scores} are its candidates'
     * best first; {@code reviewMargin} is the lead under which an auto-accept is shown.
     */
    public static ReviewReason of(MatchMethod method, boolean identifierOverruled, double[] scores, boolean bestVetoed,
            MatchingSettings settings, double reviewMargin) {
        if (method == MatchMethod.NAME_FUZZY_CANDIDATE) {
            if (identifierOverruled || bestVetoed) {
                return CONTRADICTING_IDENTIFIER;
            }
            return scores.length == 0 || scores[0] < settings.autoAcceptScore - TOLERANCE ? BELOW_THRESHOLD : NO_MARGIN;
        }
        if (method == MatchMethod.NAME_FUZZY_AUTO) {
            if (identifierOverruled) {
                return IDENTIFIER_OVERRULED;
            }
            return margin(scores) < reviewMargin - TOLERANCE ? SMALL_MARGIN : null;
        }
        return null;
    }
}

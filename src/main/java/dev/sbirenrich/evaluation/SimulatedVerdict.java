package dev.sbirenrich.evaluation;

import dev.sbirenrich.model.MatchMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a perfect reviewer, told the truth, does with one award of the review list: accept the true
 * company by a UEI (confirming a correct near-pass auto-match, or naming the candidate that is
 * right), reject when no offered recipient is the true company, or leave the award as it is when the
 * true company is offered only by rows without a UEI, which a decision cannot name.
 *
 * @param uei the accepted UEI; null unless {@link Kind#ACCEPT}
 */
record SimulatedVerdict(Kind kind, String uei) {
    enum Kind {
        ACCEPT,
        REJECT,
        TRUE_CANDIDATE_WITHOUT_UEI;

        /** accept, reject (as in a decisions CSV) or true-candidate-without-uei. */
        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The verdict on an award whose run outcome is {@code outcome}: its attached recipient first, then its candidates. */
    static SimulatedVerdict of(TruthRecord truth, Outcome outcome) {
        List<AttachedRecipient> offered = new ArrayList<>();
        if (outcome.accepted()) {
            offered.add(outcome.recipient());
        }
        offered.addAll(outcome.candidates());
        boolean trueWithoutUei = false;
        for (AttachedRecipient r : offered) {
            if (EntityJudge.isTrueEntity(truth, r)) {
                if (r.uei() != null && !r.uei().isBlank()) {
                    return new SimulatedVerdict(Kind.ACCEPT, r.uei().strip());
                }
                trueWithoutUei = true;
            }
        }
        return new SimulatedVerdict(trueWithoutUei ? Kind.TRUE_CANDIDATE_WITHOUT_UEI : Kind.REJECT, null);
    }

    /**
     * The outcome a run given this verdict produces from {@code before}: a manual-accept attaches the
     * reference's row of the UEI (judged by that UEI), a manual-reject attaches none.
     */
    Outcome applyTo(Outcome before) {
        return switch (kind) {
            case ACCEPT -> new Outcome(MatchMethod.MANUAL_ACCEPT.label(), true, new AttachedRecipient(0, uei, null),
                    before.candidates());
            case REJECT -> new Outcome(MatchMethod.MANUAL_REJECT.label(), false, null, before.candidates());
            case TRUE_CANDIDATE_WITHOUT_UEI -> before;
        };
    }
}

package dev.sbirenrich.evaluation;

import dev.sbirenrich.model.MatchMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a perfect reviewer, told the truth, does with one award of the review list: accept the true
 * company (confirming a correct near-pass auto-match, or naming the candidate that is right) by a
 * UEI, or by a DUNS when no row of it offered has a UEI; reject when no offered recipient is the
 * true company; or leave the award as it is when the true company is offered only by rows with
 * neither identifier, which a decision cannot name.
 *
 * @param uei the accepted UEI; null unless {@link Kind#ACCEPT}
 * @param duns the accepted DUNS when no offered row of the true company has a UEI; null otherwise
 */
record SimulatedVerdict(Kind kind, String uei, String duns) {
    enum Kind {
        ACCEPT,
        REJECT,
        TRUE_CANDIDATE_WITHOUT_IDENTIFIER;

        /** accept, reject (as in a decisions CSV) or true-candidate-without-identifier. */
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
        String duns = null;
        boolean trueOffered = false;
        for (AttachedRecipient r : offered) {
            if (EntityJudge.isTrueEntity(truth, r)) {
                if (present(r.uei())) {
                    return new SimulatedVerdict(Kind.ACCEPT, r.uei().strip(), null);
                }
                if (duns == null && present(r.duns())) {
                    duns = r.duns().strip();
                }
                trueOffered = true;
            }
        }
        if (duns != null) {
            return new SimulatedVerdict(Kind.ACCEPT, null, duns);
        }
        return new SimulatedVerdict(trueOffered ? Kind.TRUE_CANDIDATE_WITHOUT_IDENTIFIER : Kind.REJECT, null, null);
    }

    private static boolean present(String identifier) {
        return identifier != null && !identifier.isBlank();
    }

    /**
     * The outcome a run given this verdict produces from {@code before}: a manual-accept attaches the
     * reference's row of the UEI or DUNS (judged by that identifier), a manual-reject attaches none.
     */
    Outcome applyTo(Outcome before) {
        return switch (kind) {
            case ACCEPT -> new Outcome(MatchMethod.MANUAL_ACCEPT.label(), true, new AttachedRecipient(0, uei, duns),
                    before.candidates());
            case REJECT -> new Outcome(MatchMethod.MANUAL_REJECT.label(), false, null, before.candidates());
            case TRUE_CANDIDATE_WITHOUT_IDENTIFIER -> before;
        };
    }
}

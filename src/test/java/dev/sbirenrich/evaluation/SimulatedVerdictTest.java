package dev.sbirenrich.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.evaluation.SimulatedVerdict.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the perfect reviewer does with each kind of award on the review list, and what the run then makes of it. */
class SimulatedVerdictTest {
    /** Company 10: rows 10 and 11 (11 a duplicate without a UEI), UEI UEITRUE00010. */
    static final TruthRecord TRUTH = truth(10, 10, "UEITRUE00010", "000000010");
    static final AttachedRecipient TRUE_ROW = new AttachedRecipient(10, "ueitrue00010 ", "000000010");
    static final AttachedRecipient TRUE_ROW_WITHOUT_UEI = new AttachedRecipient(11, null, "000000010");
    /** Row 10 as a reference that lacks both its identifiers offers it: known by its record alone. */
    static final AttachedRecipient TRUE_ROW_WITHOUT_IDENTIFIER = new AttachedRecipient(10, null, null);
    static final AttachedRecipient OTHER = new AttachedRecipient(20, "UEIOTHER0020", null);
    static final AttachedRecipient THIRD = new AttachedRecipient(30, "UEIOTHER0030", null);

    static TruthRecord truth(long entity, long row, String uei, String duns) {
        return new TruthRecord("awards.csv", 1, entity, row, uei, duns, "neither", "exact", "clean", null, null, null,
                null);
    }

    static Outcome candidate(AttachedRecipient... candidates) {
        return new Outcome(Tally.CANDIDATE_METHOD, false, null, List.of(candidates));
    }

    static Outcome auto(AttachedRecipient matched, AttachedRecipient... candidates) {
        return new Outcome("name-fuzzy-auto", true, matched, List.of(candidates));
    }

    @Test
    void theTrueCandidateFirstIsAcceptedByItsUei() {
        SimulatedVerdict verdict = SimulatedVerdict.of(TRUTH, candidate(TRUE_ROW, OTHER));

        assertThat(verdict).isEqualTo(new SimulatedVerdict(Kind.ACCEPT, "ueitrue00010", null));
        Outcome after = verdict.applyTo(candidate(TRUE_ROW, OTHER));
        assertThat(after.method()).isEqualTo("manual-accept");
        assertThat(EntityJudge.isCorrect(TRUTH, after)).isTrue();
    }

    @Test
    void theTrueCandidateSecondIsAcceptedOverTheBest() {
        assertThat(SimulatedVerdict.of(TRUTH, candidate(OTHER, TRUE_ROW, THIRD)))
                .isEqualTo(new SimulatedVerdict(Kind.ACCEPT, "ueitrue00010", null));
    }

    @Test
    void withoutTheTrueCompanyEveryCandidateIsRejected() {
        SimulatedVerdict verdict = SimulatedVerdict.of(TRUTH, candidate(OTHER, THIRD));

        assertThat(verdict).isEqualTo(new SimulatedVerdict(Kind.REJECT, null, null));
        Outcome after = verdict.applyTo(candidate(OTHER, THIRD));
        assertThat(after.method()).isEqualTo("manual-reject");
        assertThat(after.accepted()).isFalse();
    }

    @Test
    void anAwardWhoseCompanyIsNotInTheReferenceIsRejected() {
        TruthRecord absent = truth(0, 0, null, null);

        assertThat(SimulatedVerdict.of(absent, auto(OTHER, OTHER)).kind()).isEqualTo(Kind.REJECT);
    }

    @Test
    void aRightNearPassIsConfirmedAndStaysRight() {
        Outcome before = auto(TRUE_ROW, TRUE_ROW, OTHER);
        SimulatedVerdict verdict = SimulatedVerdict.of(TRUTH, before);

        assertThat(verdict).isEqualTo(new SimulatedVerdict(Kind.ACCEPT, "ueitrue00010", null));
        assertThat(EntityJudge.isCorrect(TRUTH, verdict.applyTo(before))).isTrue();
    }

    @Test
    void aWrongNearPassIsRejectedOrCorrectedWhenTheTrueCompanyIsOffered() {
        assertThat(SimulatedVerdict.of(TRUTH, auto(OTHER, OTHER, THIRD)).kind()).isEqualTo(Kind.REJECT);
        assertThat(SimulatedVerdict.of(TRUTH, auto(OTHER, OTHER, TRUE_ROW)))
                .isEqualTo(new SimulatedVerdict(Kind.ACCEPT, "ueitrue00010", null));
    }

    @Test
    void aTrueCandidateWithoutUeiIsAcceptedByItsDunsUnlessAnotherRowOfItsCompanyHasAUei() {
        Outcome before = candidate(OTHER, TRUE_ROW_WITHOUT_UEI);
        SimulatedVerdict verdict = SimulatedVerdict.of(TRUTH, before);

        assertThat(verdict).isEqualTo(new SimulatedVerdict(Kind.ACCEPT, null, "000000010"));
        assertThat(EntityJudge.isCorrect(TRUTH, verdict.applyTo(before))).isTrue();
        assertThat(SimulatedVerdict.of(TRUTH, candidate(TRUE_ROW_WITHOUT_UEI, TRUE_ROW)))
                .isEqualTo(new SimulatedVerdict(Kind.ACCEPT, "ueitrue00010", null));
    }

    @Test
    void aTrueCandidateWithNeitherIdentifierIsLeftAsItIs() {
        Outcome before = candidate(OTHER, TRUE_ROW_WITHOUT_IDENTIFIER);
        SimulatedVerdict verdict = SimulatedVerdict.of(TRUTH, before);

        assertThat(verdict).isEqualTo(new SimulatedVerdict(Kind.TRUE_CANDIDATE_WITHOUT_IDENTIFIER, null, null));
        assertThat(verdict.applyTo(before)).isSameAs(before);
        assertThat(SimulatedVerdict.of(TRUTH, candidate(TRUE_ROW_WITHOUT_IDENTIFIER, TRUE_ROW_WITHOUT_UEI)))
                .isEqualTo(new SimulatedVerdict(Kind.ACCEPT, null, "000000010"));
    }
}

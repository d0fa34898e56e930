package dev.sbirenrich.evaluation;

import static dev.sbirenrich.evaluation.SimulatedVerdictTest.auto;
import static dev.sbirenrich.evaluation.SimulatedVerdictTest.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.sbirenrich.io.Decisions;
import dev.sbirenrich.io.DecisionsReader;
import dev.sbirenrich.model.Decision;
import dev.sbirenrich.review.ReviewAward;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curve a simulated review predicts, and the decisions file it writes. */
class ReviewSimulatorTest {
    @TempDir
    Path tmp;

    private TruthTable truth;
    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();
    private final Scoreboard baseline = new Scoreboard();

    /** Six awards of six companies in the reference; the first four are on the review list, in this order. */
    @BeforeEach
    void runOutcomes() throws IOException {
        Path file = tmp.resolve("truth.csv");
        StringBuilder csv = new StringBuilder("file,record,entity_id,recipient_record,uei,duns,identifier_type,noise,"
                + "id_format,defect\n");
        for (int r = 1; r <= 6; r++) {
            csv.append("awards.csv,").append(r).append(',').append(r).append(',').append(r).append(",UEITRUE0000")
                    .append(r).append(",,neither,exact,clean,\n");
        }
        Files.writeString(file, csv);
        truth = TruthTable.load(file);
        AttachedRecipient other = new AttachedRecipient(90, "UEIOTHER0090", null);
        outcome(1, candidate(other, recipient(1, "UEITRUE00001"))); // accepted: recall gained
        outcome(2, auto(other, other)); // rejected: a wrong match removed
        outcome(3, candidate(other)); // rejected: nothing changes
        outcome(4, candidate(recipient(4, null))); // the true row has neither UEI nor DUNS: left as it is
        outcome(5, new Outcome("uei-exact", true, recipient(5, "UEITRUE00005"), List.of()));
        outcome(6, new Outcome("unmatched", false, null, List.of()));
    }

    private static AttachedRecipient recipient(long row, String uei) {
        return new AttachedRecipient(row, uei, null);
    }

    private void outcome(long record, Outcome outcome) {
        TruthRecord t = truth.get("awards.csv", record);
        outcomes.put(t.key(), outcome);
        baseline.add(t, outcome);
    }

    private static List<ReviewAward> reviewList() {
        return List.of(award(1), award(2), award(3), award(4));
    }

    private static ReviewAward award(long record) {
        ReviewAward a = new ReviewAward();
        a.file = "awards.csv";
        a.record = record;
        a.company = "Company, \"" + record + "\"";
        return a;
    }

    @Test
    void theCurveCountsWhatEachDecisionChanges() throws IOException {
        EvaluationReport.ReviewSimulation s = ReviewSimulator.simulate(reviewList(), 3, outcomes, truth,
                baseline.overall, tmp);

        assertThat(s.listed).isEqualTo(4);
        assertThat(s.reviewed).isEqualTo(3);
        assertThat(s.verdicts).containsExactlyInAnyOrderEntriesOf(Map.of("accept", 1L, "reject", 2L));
        assertThat(s.curve).extracting(p -> p.decisions, p -> p.changed).containsExactly(tuple(0L, 0L), tuple(3L, 2L));
        EvaluationReport.CurvePoint start = s.curve.get(0);
        assertThat(start.recall).isCloseTo(1 / 6.0, within(1e-12));
        assertThat(start.precision).isCloseTo(0.5, within(1e-12));
        assertThat(start.recallPointsPer1000).isNull();
        EvaluationReport.CurvePoint end = s.curve.get(1);
        assertThat(end.recall).isCloseTo(2 / 6.0, within(1e-12));
        assertThat(end.precision).isCloseTo(1.0, within(1e-12));
        assertThat(end.recallPointsPer1000).isCloseTo(100 / 6.0 * 1000 / 3, within(1e-9));
        assertThat(baseline.overall.recall()).as("the evaluation's own tally is left alone").isCloseTo(1 / 6.0,
                within(1e-12));
    }

    @Test
    void theDecisionsFileIsOneThatRunDecisionsReadsWithoutProblems() throws IOException {
        EvaluationReport.ReviewSimulation s = ReviewSimulator.simulate(reviewList(), 100, outcomes, truth,
                baseline.overall, tmp);

        assertThat(s.reviewed).isEqualTo(4);
        assertThat(s.verdicts).containsEntry("true-candidate-without-identifier", 1L);
        Decisions read = DecisionsReader.read(Path.of(s.decisionsFile));
        assertThat(read.problems()).isEmpty();
        assertThat(read.valid()).extracting(d -> d.awardRecord, d -> d.verdict, d -> d.uei, d -> d.company)
                .containsExactly(tuple(1L, Decision.ACCEPT, "UEITRUE00001", "Company, \"1\""),
                        tuple(2L, Decision.REJECT, null, "Company, \"2\""),
                        tuple(3L, Decision.REJECT, null, "Company, \"3\""));
        assertThat(read.valid()).allMatch(d -> d.reviewer.equals(ReviewSimulator.REVIEWER)
                && d.decidedAt.equals(ReviewSimulator.DECIDED_AT));
    }

    @Test
    void pointsFallOnOneTwoFiveFromAHundredAndOnTheLastDecision() {
        assertThat(ReviewSimulator.checkpoints(1234)).containsExactly(100L, 200L, 500L, 1000L, 1234L);
        assertThat(ReviewSimulator.checkpoints(1000)).containsExactly(100L, 200L, 500L, 1000L);
        assertThat(ReviewSimulator.checkpoints(12_000)).containsExactly(100L, 200L, 500L, 1000L, 2000L, 5000L,
                10_000L, 12_000L);
        assertThat(ReviewSimulator.checkpoints(50)).containsExactly(50L);
        assertThat(ReviewSimulator.checkpoints(0)).isEmpty();
    }
}

package dev.sbirenrich.evaluation;

import dev.sbirenrich.io.DecisionsWriter;
import dev.sbirenrich.model.Decision;
import dev.sbirenrich.review.ReviewAward;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Simulates a perfect reviewer ({@link SimulatedVerdict}) on the first awards of a run's review
 * list, in the order the review page shows them, and measures what the run would score with those
 * decisions applied, without running it again: each decision replaces the award's outcome in the
 * evaluation's own tally. Writes the decisions as a CSV that {@code run --decisions} applies.
 */
final class ReviewSimulator {
    static final String DECISIONS_FILE = "simulated-decisions.csv";
    static final String REVIEWER = "simulated";
    /** Fixed, so that the same run and truth always give the same file. */
    static final Instant DECIDED_AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final String WITHOUT_TRUTH = "without-truth";

    private ReviewSimulator() {}

    /**
     * @param reviewList the run's review list, in review order
     * @param outcomes the run's outcomes by truth key, as the evaluation counted them into {@code baseline}
     */
    static EvaluationReport.ReviewSimulation simulate(List<ReviewAward> reviewList, long requested,
            Map<String, Outcome> outcomes, TruthTable truth, Tally baseline, Path outDir) throws IOException {
        EvaluationReport.ReviewSimulation simulation = new EvaluationReport.ReviewSimulation();
        simulation.requested = requested;
        simulation.listed = reviewList.size();
        simulation.reviewed = Math.min(requested, reviewList.size());
        List<Long> checkpoints = checkpoints(simulation.reviewed);
        Tally running = baseline.copy();
        List<Decision> decisions = new ArrayList<>();
        long changed = 0;
        simulation.curve.add(point(0, 0, running, null));
        for (int k = 1; k <= simulation.reviewed; k++) {
            ReviewAward award = reviewList.get(k - 1);
            TruthRecord t = truth.get(award.file, award.record);
            Outcome before = t == null ? null : outcomes.get(t.key());
            if (before == null) {
                simulation.verdicts.merge(WITHOUT_TRUTH, 1L, Long::sum);
            } else {
                SimulatedVerdict verdict = SimulatedVerdict.of(t, before);
                simulation.verdicts.merge(verdict.kind().label(), 1L, Long::sum);
                if (verdict.kind() != SimulatedVerdict.Kind.TRUE_CANDIDATE_WITHOUT_IDENTIFIER) {
                    decisions.add(new Decision(award.file, award.record, award.company, verdict.kind().label(),
                            verdict.uei(), verdict.duns(), REVIEWER, DECIDED_AT));
                }
                Outcome after = verdict.applyTo(before);
                running.replace(t, before, after);
                if (before.accepted() != after.accepted()
                        || EntityJudge.isCorrect(t, before) != EntityJudge.isCorrect(t, after)) {
                    changed++;
                }
            }
            if (checkpoints.contains((long) k)) {
                simulation.curve.add(point(k, changed, running, simulation.curve.get(simulation.curve.size() - 1)));
            }
        }
        Path file = outDir.resolve(DECISIONS_FILE);
        DecisionsWriter.write(file, decisions);
        simulation.decisionsFile = file.toString();
        return simulation;
    }

    /** 100, 200, 500, 1000, 2000, 5000, ... below {@code reviewed}, then {@code reviewed} itself. */
    static List<Long> checkpoints(long reviewed) {
        List<Long> points = new ArrayList<>();
        for (long decade = 100; decade < reviewed; decade *= 10) {
            for (long step : new long[] {1, 2, 5}) {
                if (decade * step < reviewed) {
                    points.add(decade * step);
                }
            }
        }
        if (reviewed > 0) {
            points.add(reviewed);
        }
        return points;
    }

    private static EvaluationReport.CurvePoint point(long decisions, long changed, Tally tally,
            EvaluationReport.CurvePoint previous) {
        EvaluationReport.CurvePoint p = new EvaluationReport.CurvePoint();
        p.decisions = decisions;
        p.changed = changed;
        p.recall = tally.recall();
        p.precision = tally.precision();
        if (previous != null && p.recall != null && previous.recall != null) {
            p.recallPointsPer1000 = (p.recall - previous.recall) * 100 * 1000 / (decisions - previous.decisions);
        }
        return p;
    }
}

package dev.sbirenrich.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares the judged contender's medians with the baseline's: wall time and peak RSS by relative
 * growth, match rate by its drop in percentage points. A figure missing on either side is reported
 * as not compared, never as a pass or a failure.
 */
public final class RegressionCheck {
    /** One compared figure. {@code change} is percent for time and memory, points for match rate. */
    public record Finding(String metric, Double baseline, Double current, Double change, String unit, Verdict verdict) {}

    /** All findings and the verdict, which is the worst finding's. */
    public record Comparison(String baselineTimestamp, List<Finding> findings, Verdict verdict) {}

    private RegressionCheck() {}

    public static Comparison compare(String baselineTimestamp, Map<String, Double> baseline,
            Map<String, Double> current, RegressionThresholds t) {
        List<Finding> findings = new ArrayList<>();
        findings.add(growth(BenchmarkMetrics.WALL_SECONDS, baseline, current,
                t.timeWarningPercent, t.timeFailurePercent));
        findings.add(growth(BenchmarkMetrics.PEAK_RSS_MB, baseline, current,
                t.memoryWarningPercent, t.memoryFailurePercent));
        findings.add(drop(BenchmarkMetrics.MATCH_RATE, baseline, current, t.matchRateFailurePoints));
        Verdict verdict = Verdict.OK;
        for (Finding f : findings) {
            verdict = verdict.worst(f.verdict());
        }
        return new Comparison(baselineTimestamp, findings, verdict);
    }

    private static Finding growth(String metric, Map<String, Double> baseline, Map<String, Double> current,
            double warningPercent, double failurePercent) {
        Double before = baseline.get(metric);
        Double now = current.get(metric);
        if (before == null || now == null || before <= 0) {
            return new Finding(metric, before, now, null, "%", Verdict.OK);
        }
        double percent = (now - before) / before * 100;
        Verdict verdict = percent >= failurePercent ? Verdict.FAILURE
                : percent >= warningPercent ? Verdict.WARNING : Verdict.OK;
        return new Finding(metric, before, now, BenchmarkMetrics.round(percent), "%", verdict);
    }

    private static Finding drop(String metric, Map<String, Double> baseline, Map<String, Double> current,
            double failurePoints) {
        Double before = baseline.get(metric);
        Double now = current.get(metric);
        if (before == null || now == null) {
            return new Finding(metric, before, now, null, "pp", Verdict.OK);
        }
        double points = (now - before) * 100;
        Verdict verdict = -points >= failurePoints ? Verdict.FAILURE : Verdict.OK;
        return new Finding(metric, before, now, BenchmarkMetrics.round(points), "pp", verdict);
    }
}

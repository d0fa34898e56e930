package dev.sbirenrich.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionCheckTest {
    private static final RegressionThresholds DEFAULTS = new RegressionThresholds();

    private static Map<String, Double> figures(Double wall, Double rss, Double matchRate) {
        Map<String, Double> m = new HashMap<>();
        m.put(BenchmarkMetrics.WALL_SECONDS, wall);
        m.put(BenchmarkMetrics.PEAK_RSS_MB, rss);
        m.put(BenchmarkMetrics.MATCH_RATE, matchRate);
        return m;
    }

    private static Verdict verdictOf(RegressionCheck.Comparison c, String metric) {
        return c.findings().stream().filter(f -> f.metric().equals(metric)).findFirst().orElseThrow().verdict();
    }

    @Test
    void timeGrowthIsWarningFromTenPercentAndFailureFromTwentyFive() {
        Map<String, Double> base = figures(100.0, 1000.0, 0.9);
        assertThat(RegressionCheck.compare("b", base, figures(109.9, 1000.0, 0.9), DEFAULTS).verdict()).isEqualTo(Verdict.OK);
        assertThat(RegressionCheck.compare("b", base, figures(110.0, 1000.0, 0.9), DEFAULTS).verdict()).isEqualTo(Verdict.WARNING);
        assertThat(RegressionCheck.compare("b", base, figures(124.0, 1000.0, 0.9), DEFAULTS).verdict()).isEqualTo(Verdict.WARNING);
        var failed = RegressionCheck.compare("b", base, figures(125.0, 1000.0, 0.9), DEFAULTS);
        assertThat(failed.verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(failed.findings().get(0).change()).isEqualTo(25.0);
    }

    @Test
    void memoryGrowthIsWarningFromTwentyPercentAndFailureFromFifty() {
        Map<String, Double> base = figures(100.0, 1000.0, 0.9);
        var warning = RegressionCheck.compare("b", base, figures(100.0, 1200.0, 0.9), DEFAULTS);
        assertThat(verdictOf(warning, BenchmarkMetrics.PEAK_RSS_MB)).isEqualTo(Verdict.WARNING);
        var failure = RegressionCheck.compare("b", base, figures(100.0, 1500.0, 0.9), DEFAULTS);
        assertThat(verdictOf(failure, BenchmarkMetrics.PEAK_RSS_MB)).isEqualTo(Verdict.FAILURE);
        assertThat(failure.verdict()).isEqualTo(Verdict.FAILURE);
    }

    @Test
    void matchRateDropOfFivePointsFailsAndAGainNeverDoes() {
        Map<String, Double> base = figures(100.0, 1000.0, 0.90);
        assertThat(RegressionCheck.compare("b", base, figures(100.0, 1000.0, 0.851), DEFAULTS).verdict()).isEqualTo(Verdict.OK);
        var dropped = RegressionCheck.compare("b", base, figures(100.0, 1000.0, 0.85), DEFAULTS);
        assertThat(dropped.verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(dropped.findings().get(2).change()).isEqualTo(-5.0);
        assertThat(RegressionCheck.compare("b", base, figures(100.0, 1000.0, 0.99), DEFAULTS).verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void fasterAndLighterIsOk() {
        var c = RegressionCheck.compare("b", figures(100.0, 1000.0, 0.9), figures(50.0, 500.0, 0.9), DEFAULTS);
        assertThat(c.verdict()).isEqualTo(Verdict.OK);
        assertThat(c.findings()).extracting(RegressionCheck.Finding::change).containsExactly(-50.0, -50.0, 0.0);
    }

    @Test
    void aFigureMissingOnEitherSideIsNotComparedAndNotAFailure() {
        var c = RegressionCheck.compare("b", figures(100.0, null, 0.9), figures(300.0, 900.0, null), DEFAULTS);
        assertThat(c.findings()).extracting(RegressionCheck.Finding::change).containsExactly(200.0, null, null);
        assertThat(c.verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(verdictOf(c, BenchmarkMetrics.PEAK_RSS_MB)).isEqualTo(Verdict.OK);
        assertThat(verdictOf(c, BenchmarkMetrics.MATCH_RATE)).isEqualTo(Verdict.OK);
    }

    @Test
    void thresholdsComeFromYamlAndOverrideTheDefaults(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("thresholds.yaml");
        Files.writeString(yaml, "timeWarningPercent: 50\ntimeFailurePercent: 100\n");
        RegressionThresholds t = RegressionThresholds.load(yaml);
        assertThat(t.timeWarningPercent).isEqualTo(50);
        assertThat(t.memoryFailurePercent).isEqualTo(50);
        var c = RegressionCheck.compare("b", figures(100.0, 1000.0, 0.9), figures(140.0, 1000.0, 0.9), t);
        assertThat(c.verdict()).isEqualTo(Verdict.OK);
    }
}

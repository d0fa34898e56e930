package dev.sbirenrich.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.config.QualitySettings;
import dev.sbirenrich.config.TestSettings;
import dev.sbirenrich.model.Alert;
import dev.sbirenrich.model.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityRulesTest {
    private QualitySettings settings = new QualitySettings();

    @Test
    void matchRateBelowTheGateFails() {
        assertThat(rules(tally(100, 69, 0))).singleElement()
                .satisfies(a -> assertAlert(a, Severity.FAILURE, QualityRules.MATCH_RATE, 0.70, 0.69));
        assertThat(rules(tally(100, 70, 0))).isEmpty();
    }

    @Test
    void baselineDeclineWarnsOnAnyDeclineAndFailsBeyondFivePoints() {
        settings = TestSettings.quality(Map.of("baselineMatchRate", 1.0));
        assertThat(rules(tally(100, 100, 0))).isEmpty();
        assertThat(rules(tally(100, 95, 0))).singleElement()
                .satisfies(a -> assertAlert(a, Severity.WARNING, QualityRules.BASELINE_DECLINE, 0.0, 0.05));
        assertThat(rules(tally(100, 94, 0))).singleElement()
                .satisfies(a -> assertAlert(a, Severity.FAILURE, QualityRules.BASELINE_DECLINE, 0.05, 0.06));
    }

    @Test
    void rejectedRowsWarnAboveOnePercentAndFailAboveFive() {
        assertThat(rules(tally(99, 99, 1))).isEmpty();
        assertThat(rules(tally(98, 98, 2))).singleElement()
                .satisfies(a -> assertAlert(a, Severity.WARNING, QualityRules.REJECTED_ROWS, 0.01, 0.02));
        assertThat(rules(tally(94, 94, 6))).singleElement()
                .satisfies(a -> assertAlert(a, Severity.FAILURE, QualityRules.REJECTED_ROWS, 0.05, 0.06));
    }

    @Test
    void slowAwardsAndHeapGrowthWarn() {
        QualityTally tally = tally(10, 10, 0);
        tally.maxEnrichNanos = 5_001_000_000L;
        List<Alert> alerts = new QualityRules(settings).awardRules(tally, 501L * 1024 * 1024);
        assertThat(alerts).extracting(a -> a.rule, a -> a.severity, a -> a.actual).containsExactly(
                org.assertj.core.groups.Tuple.tuple(QualityRules.ENRICHMENT_TIME, Severity.WARNING, 5001.0),
                org.assertj.core.groups.Tuple.tuple(QualityRules.HEAP_GROWTH, Severity.WARNING, 501.0));
    }

    @Test
    void identifierSharesWarnAboveTheirLimits() {
        QualityTally tally = tally(100, 100, 0);
        tally.noIdentifier = 26;
        tally.invalidIdentifier = 6;
        tally.duplicateIdentifier = 6;
        assertThat(rules(tally)).extracting(a -> a.rule).containsExactly(
                QualityRules.NO_IDENTIFIER, QualityRules.INVALID_IDENTIFIERS, QualityRules.DUPLICATE_IDENTIFIERS);
        assertThat(rules(tally)).allSatisfy(a -> assertThat(a.severity).isEqualTo(Severity.WARNING));
    }

    @Test
    void referenceMustBeCompleteAndNonEmptyBeforeAwardsAreClassified() {
        QualityRules rules = new QualityRules(settings);
        QualityTally run = tally(10, 10, 0);
        run.firstClassifiedAtMillis = 2_000;
        assertThat(rules.referenceRules(run, run, false)).as("reports may still be in flight").isEmpty();
        assertThat(rules.referenceRules(run, run, true)).extracting(a -> a.rule)
                .containsExactly(QualityRules.REFERENCE_INCOMPLETE);

        run.add(QualityEvent.reference(0, 2, 1_000));
        run.add(QualityEvent.reference(0, 2, 1_500));
        assertThat(rules.referenceRules(run, run, true)).extracting(a -> a.rule)
                .containsExactly(QualityRules.REFERENCE_EMPTY);

        run.add(QualityEvent.reference(5, 2, 2_500));
        assertThat(rules.referenceRules(run, run, true)).singleElement()
                .satisfies(a -> assertAlert(a, Severity.FAILURE, QualityRules.REFERENCE_INCOMPLETE, 0, 500));
    }

    @Test
    void verdictIsTheWorstSeverityWithItsReasons() {
        assertThat(QualityRules.verdict(List.of())).satisfies(v -> {
            assertThat(v.severity).isEqualTo(Severity.INFO);
            assertThat(v.rule).isEqualTo(QualityRules.RUN_VERDICT);
            assertThat(v.detail).isEqualTo("all quality rules passed");
        });
        Alert warning = new Alert(Severity.WARNING, "w", "m", 0, 1, "slow");
        Alert failure = new Alert(Severity.FAILURE, "f", "m", 0, 1, "bad");
        Alert verdict = QualityRules.verdict(List.of(warning, failure));
        assertThat(verdict.severity).isEqualTo(Severity.FAILURE);
        assertThat(verdict.actual).isEqualTo(1);
        assertThat(verdict.detail).isEqualTo("f: bad");
    }

    private List<Alert> rules(QualityTally tally) {
        return new QualityRules(settings).awardRules(tally, 0);
    }

    private static QualityTally tally(long enriched, long matched, long rejected) {
        QualityTally tally = QualityTally.startingAt(1);
        tally.enriched = enriched;
        tally.matched = matched;
        tally.rejected = rejected;
        return tally;
    }

    private static void assertAlert(Alert alert, Severity severity, String rule, double threshold, double actual) {
        assertThat(alert.severity).isEqualTo(severity);
        assertThat(alert.rule).isEqualTo(rule);
        assertThat(alert.threshold).isEqualTo(threshold);
        assertThat(alert.actual).isCloseTo(actual, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(alert.detail).isNotBlank();
    }
}

package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sbirenrich.config.QualitySettings;
import dev.sbirenrich.config.TestSettings;
import dev.sbirenrich.model.Alert;
import dev.sbirenrich.model.Severity;
import dev.sbirenrich.quality.AlertJson;
import dev.sbirenrich.quality.QualityEvent;
import dev.sbirenrich.quality.QualityRules;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QualityMonitorTest {
    private QualitySettings settings = new QualitySettings();
    private KeyedOneInputStreamOperatorTestHarness<Integer, QualityEvent, Alert> harness;

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void aFailingCountWindowRaisesItsAlertAtOnce() throws Exception {
        settings = TestSettings.quality(Map.of("windowAwards", 4));
        open();
        harness.processElement(enriched(true), 0);
        harness.processElement(enriched(false), 0);
        harness.processElement(enriched(false), 0);
        assertThat(alerts()).isEmpty();
        harness.processElement(enriched(false), 0);

        assertThat(alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.severity).isEqualTo(Severity.FAILURE);
            assertThat(alert.rule).isEqualTo(QualityRules.MATCH_RATE);
            assertThat(alert.actual).isEqualTo(0.25);
            assertThat(alert.window).isEqualTo("awards 1-4");
            assertThat(alert.runId).isNotBlank();
            assertThat(alert.time).isNotBlank();
        });
        for (int i = 0; i < 4; i++) {
            harness.processElement(enriched(true), 0);
        }
        assertThat(alerts()).as("the second window is healthy").hasSize(1);
    }

    @Test
    void theVerdictComesOnlyAtTheEndOfInput() throws Exception {
        open();
        harness.processElement(QualityEvent.reference(10, 1, 0), 0);
        harness.processElement(enriched(true), 0);
        harness.processElement(enriched(true), 0);
        harness.processElement(QualityEvent.rejected(), 0);
        harness.processWatermark(0);
        assertThat(alerts()).isEmpty();

        harness.processWatermark(Long.MAX_VALUE);
        List<Alert> alerts = alerts();
        assertThat(alerts).extracting(a -> a.rule, a -> a.severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(QualityRules.REJECTED_ROWS, Severity.FAILURE),
                org.assertj.core.groups.Tuple.tuple(QualityRules.RUN_VERDICT, Severity.FAILURE));
        assertThat(alerts).allSatisfy(a -> assertThat(a.window).isEqualTo(QualityRules.RUN_WINDOW));
        assertThat(alerts.get(1).detail).startsWith("rejected-rows: 33.3% of award rows rejected");
    }

    @Test
    void awardsClassifiedWithoutAReferenceFailTheRun() throws Exception {
        open();
        harness.processElement(enriched(true), 0);
        harness.processWatermark(Long.MAX_VALUE);
        assertThat(alerts()).extracting(a -> a.rule)
                .containsExactly(QualityRules.REFERENCE_INCOMPLETE, QualityRules.RUN_VERDICT);
    }

    @Test
    void processingTimeWindowsCloseOnTheirTimer() throws Exception {
        settings = TestSettings.quality(Map.of("windowKind", "processing-time", "windowMs", 1_000));
        open();
        harness.setProcessingTime(5_000);
        harness.processElement(enriched(false), 0);
        harness.processElement(enriched(false), 0);
        assertThat(alerts()).isEmpty();
        harness.setProcessingTime(6_000);
        assertThat(alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.rule).isEqualTo(QualityRules.MATCH_RATE);
            assertThat(alert.window).isEqualTo("processing-time 1970-01-01T00:00:05Z/1970-01-01T00:00:06Z");
        });
    }

    @Test
    void alertJsonHasTheDocumentedFields() throws Exception {
        open();
        harness.processElement(QualityEvent.reference(10, 1, 0), 0);
        harness.processElement(enriched(true), 0);
        harness.processWatermark(Long.MAX_VALUE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AlertJson.writeLine(alerts().get(0), out);
        String line = out.toString(StandardCharsets.UTF_8);

        assertThat(line).endsWith("}\n").doesNotContain("\n{");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.fieldNames()).toIterable().containsExactlyInAnyOrder(
                "severity", "rule", "metric", "threshold", "actual", "window", "run_id", "time", "detail");
        assertThat(json.path("severity").asText()).isEqualTo("INFO");
        assertThat(json.path("rule").asText()).isEqualTo("run-verdict");
        assertThat(json.path("actual").isNumber()).isTrue();
        assertThat(java.time.Instant.parse(json.path("time").asText())).isNotNull();
        assertThat(AlertJson.parse(line.strip())).usingRecursiveComparison().isEqualTo(alerts().get(0));
    }

    @Test
    void aJobWatchingItsAwardsPathsGetsWindowsButNoRunVerdict() throws Exception {
        settings = TestSettings.quality(Map.of("windowAwards", 2));
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new QualityMonitor(settings, false), event -> QualityMonitor.KEY, Types.INT);
        harness.processElement(enriched(false), 0);
        // an idle awards source lets the finished reference side carry event time to the end
        harness.processWatermark(Long.MAX_VALUE);
        harness.processElement(enriched(false), 0);
        assertThat(alerts()).extracting(alert -> alert.window).containsOnly("awards 1-2");
        assertThat(alerts()).extracting(alert -> alert.rule).doesNotContain(QualityRules.RUN_VERDICT);
    }

    private void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new QualityMonitor(settings, true), event -> QualityMonitor.KEY, Types.INT);
    }

    private List<Alert> alerts() {
        return harness.extractOutputValues();
    }

    private static QualityEvent enriched(boolean matched) {
        QualityEvent event = new QualityEvent();
        event.kind = QualityEvent.Kind.ENRICHED;
        event.matched = matched;
        event.atMillis = System.currentTimeMillis();
        return event;
    }
}

package dev.sbirenrich.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.model.IndexEntry;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class ReferenceTallyTest {
    @Test
    void reportsTheCountBeforeTheFinalWatermarkTravelsOn() throws Exception {
        try (var harness = new OneInputStreamOperatorTestHarness<IndexEntry, QualityEvent>(new ReferenceTally())) {
            harness.open();
            harness.processElement(entry("U:A"), 0);
            harness.processElement(entry("U:B"), 0);
            harness.processWatermark(0);
            assertThat(harness.getOutput()).containsExactly(new Watermark(0));

            long before = System.currentTimeMillis();
            harness.processWatermark(Long.MAX_VALUE);
            List<Object> output = List.copyOf(harness.getOutput());
            assertThat(output).hasSize(3);
            assertThat(output.get(2)).isEqualTo(Watermark.MAX_WATERMARK);
            QualityEvent report = harness.extractOutputValues().get(0);
            assertThat(report.kind).isEqualTo(QualityEvent.Kind.REFERENCE);
            assertThat(report.referenceEntries).isEqualTo(2);
            assertThat(report.referenceSubtasks).isEqualTo(1);
            assertThat(report.atMillis).isGreaterThanOrEqualTo(before);
        }
    }

    @Test
    void theCountSurvivesARestore() throws Exception {
        OperatorSubtaskState snapshot;
        try (var harness = new OneInputStreamOperatorTestHarness<IndexEntry, QualityEvent>(new ReferenceTally())) {
            harness.open();
            harness.processElement(entry("U:A"), 0);
            snapshot = harness.snapshot(1, 1);
        }
        try (var harness = new OneInputStreamOperatorTestHarness<IndexEntry, QualityEvent>(new ReferenceTally())) {
            harness.initializeState(snapshot);
            harness.open();
            harness.processElement(entry("U:B"), 0);
            harness.processWatermark(Long.MAX_VALUE);
            assertThat(harness.extractOutputValues()).singleElement()
                    .satisfies(report -> assertThat(report.referenceEntries).isEqualTo(2));
        }
    }

    private static IndexEntry entry(String key) {
        return new IndexEntry(key, new byte[0]);
    }
}

package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.IndexEntry;
import dev.sbirenrich.model.Probe;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AwardGateTest {
    private KeyedTwoInputStreamOperatorTestHarness<String, Award, IndexEntry, Award> harness;

    @BeforeEach
    void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
                new AwardGate(), Award::awardId, entry -> entry.key, Types.STRING);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void anAwardWaitsForTheReferenceThenGoesOnWithOneProbePerKey() throws Exception {
        Award award = TestRecords.keyedAward(3, "Acme Innovations Inc", "abc123def456", "12-345-6789", "Virginia");
        harness.processElement1(award, 0);
        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(harness.getSideOutput(OutputTags.PROBES)).isNullOrEmpty();

        harness.processBothWatermarks(new Watermark(ReferenceGate.OPEN));

        assertThat(harness.extractOutputValues()).singleElement()
                .satisfies(released -> assertThat(released.awardId()).isEqualTo("awards.csv#3"));
        assertThat(harness.getSideOutput(OutputTags.PROBES)).extracting(StreamRecord::getValue)
                .allSatisfy(probe -> {
                    assertThat(probe.awardId).isEqualTo("awards.csv#3");
                    assertThat(probe.nameTokens).isEqualTo(award.keys.nameTokens);
                    assertThat(probe.state).isEqualTo("VA");
                })
                .extracting(probe -> probe.key).containsExactlyInAnyOrder(award.keys.probeKeys);
    }

    @Test
    void theGateOpensOnlyWhenTheReferenceInputIsComplete() throws Exception {
        harness.processElement1(TestRecords.keyedAward(4, "Acme Innovations Inc", "", "", "Virginia"), 0);
        // the awards side alone at OPEN: the reference side still holds event time back
        harness.processWatermark1(new Watermark(ReferenceGate.OPEN));
        assertThat(harness.extractOutputValues()).isEmpty();

        harness.processWatermark2(new Watermark(Long.MAX_VALUE));
        assertThat(harness.extractOutputValues()).hasSize(1);
    }

    @Test
    void anAwardAfterTheGateOpenedPassesAtOnce() throws Exception {
        harness.processBothWatermarks(new Watermark(ReferenceGate.OPEN));
        harness.processElement1(TestRecords.keyedAward(5, "Acme Innovations Inc", "", "", "Virginia"), 0);
        assertThat(harness.extractOutputValues()).hasSize(1);
        assertThat(harness.getSideOutput(OutputTags.PROBES)).isNotEmpty();
    }
}

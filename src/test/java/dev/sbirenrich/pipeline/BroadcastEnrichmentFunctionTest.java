package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.matching.RecipientKeyer;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.EnrichedAward;
import dev.sbirenrich.model.IndexEntry;
import dev.sbirenrich.model.MatchMethod;
import dev.sbirenrich.model.Recipient;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class BroadcastEnrichmentFunctionTest {
    @Test
    void awardsWaitForTheGateThenMatchAgainstTheBroadcastIndex() throws Exception {
        try (KeyedBroadcastOperatorTestHarness<String, Award, IndexEntry, EnrichedAward> harness =
                ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                        new BroadcastEnrichmentFunction(new MatchingSettings()), Award::awardId, Types.STRING,
                        BroadcastEnrichmentFunction.INDEX)) {
            harness.processElement(TestRecords.keyedAward(1, "Quantum Leap Dynamics", "", "", "Colorado"), 0);
            assertThat(harness.extractOutputValues()).isEmpty();

            Recipient quantum = TestRecords.recipient(5, "QUANTUM LEAP DYNAMICS LLC", "QLDYN0000001", null, "CO");
            for (String key : RecipientKeyer.indexKeysFor(quantum)) {
                harness.processBroadcastElement(new IndexEntry(key, StoredPostingEntry.encode(quantum)), 0);
            }
            assertThat(harness.extractOutputValues()).isEmpty();

            harness.processWatermark(new Watermark(ReferenceGate.OPEN));
            harness.processBroadcastWatermark(new Watermark(ReferenceGate.OPEN));
            assertThat(harness.extractOutputValues()).singleElement().satisfies(result -> {
                assertThat(result.match.method).isEqualTo(MatchMethod.NAME_FUZZY_AUTO);
                assertThat(result.match.recipient.uei).isEqualTo("QLDYN0000001");
            });
        }
    }
}

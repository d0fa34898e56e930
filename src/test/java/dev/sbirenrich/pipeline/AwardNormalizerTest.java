package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.IdentifierStatus;
import dev.sbirenrich.matching.LookupKeys;
import dev.sbirenrich.model.Rejection;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class AwardNormalizerTest {
    @Test
    void aReadableAwardGetsItsNormalizedKeysAndProbeKeys() throws Exception {
        try (OneInputStreamOperatorTestHarness<Award, Award> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(new AwardNormalizer())) {
            harness.processElement(TestRecords.rawAward(3, "Acme Innovations Inc", "abc123def456", "12-345-6789", "Virginia"), 0);

            assertThat(harness.extractOutputValues()).singleElement().satisfies(award -> {
                assertThat(award.awardId()).isEqualTo("awards.csv#3");
                assertThat(award.keys.uei).isEqualTo("ABC123DEF456");
                assertThat(award.keys.ueiStatus).isEqualTo(IdentifierStatus.VALID);
                assertThat(award.keys.duns).isEqualTo("123456789");
                assertThat(award.keys.state).isEqualTo("VA");
                // the enrichment asks the snapshot exactly these keys: both identifiers and name blocks
                assertThat(award.keys.probeKeys)
                        .contains(LookupKeys.uei("ABC123DEF456"), LookupKeys.duns("123456789"))
                        .anySatisfy(key -> assertThat(LookupKeys.isNameKey(key)).isTrue())
                        .doesNotHaveDuplicates();
            });
            assertThat(harness.getSideOutput(OutputTags.REJECTED)).isNullOrEmpty();
        }
    }

    @Test
    void anUnreadableRowGoesToRejectedOnly() throws Exception {
        try (OneInputStreamOperatorTestHarness<Award, Award> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(new AwardNormalizer())) {
            Award broken = TestRecords.rawAward(4, "Short Row Inc", null, null, null);
            broken.rejection = new Rejection("awards", "awards.csv", 4, "column-count", "3 fields, header has 42", "Short Row Inc,a,b");
            harness.processElement(broken, 0);

            assertThat(harness.extractOutputValues()).isEmpty();
            assertThat(harness.getSideOutput(OutputTags.REJECTED))
                    .extracting(StreamRecord::getValue)
                    .singleElement()
                    .satisfies(r -> assertThat(r.reason).isEqualTo("column-count"));
        }
    }
}

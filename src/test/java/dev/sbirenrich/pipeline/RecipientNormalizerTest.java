package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.matching.LookupKeys;
import dev.sbirenrich.model.IndexEntry;
import dev.sbirenrich.model.Recipient;
import dev.sbirenrich.model.Rejection;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class RecipientNormalizerTest {
    @Test
    void aRecipientIsFiledUnderItsIdentifiersAndNameBlocks() throws Exception {
        try (OneInputStreamOperatorTestHarness<Recipient, IndexEntry> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(new RecipientNormalizer())) {
            Recipient raw = new Recipient();
            raw.legalBusinessName = "MONARCO GROUP LLC, THE";
            raw.uei = "c111cu96zqa5";
            raw.duns = "78269681.0";
            raw.sourceFile = "recipients.csv";
            raw.recordNumber = 3;
            harness.processElement(raw, 0);

            assertThat(harness.extractOutputValues()).extracting(entry -> entry.key)
                    .contains(LookupKeys.uei("C111CU96ZQA5"), LookupKeys.duns("078269681"))
                    .anySatisfy(key -> assertThat(LookupKeys.isNameKey(key)).isTrue())
                    .doesNotHaveDuplicates();
            assertThat(harness.extractOutputValues()).allSatisfy(entry -> {
                Recipient filed = new StoredPostingEntry(entry.posting).recipient();
                assertThat(filed.uei).isEqualTo("C111CU96ZQA5");
                assertThat(filed.nameTokens).isEqualTo("MONARCO GROUP");
            });
        }
    }

    @Test
    void anUnreadableRowGoesToRejected() throws Exception {
        try (OneInputStreamOperatorTestHarness<Recipient, IndexEntry> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(new RecipientNormalizer())) {
            Recipient broken = new Recipient();
            broken.rejection = new Rejection("recipients", "5412.dat.gz", 9, "column-count", "18 fields, expected 19", "x\ty");
            harness.processElement(broken, 0);
            assertThat(harness.extractOutputValues()).isEmpty();
            assertThat(harness.getSideOutput(OutputTags.REJECTED)).extracting(StreamRecord::getValue)
                    .singleElement().satisfies(r -> assertThat(r.input).isEqualTo("recipients"));
        }
    }
}

package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.matching.LookupKeys;
import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.EnrichedAward;
import dev.sbirenrich.model.MatchMethod;
import dev.sbirenrich.model.ProbeAnswer;
import dev.sbirenrich.model.Recipient;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichmentFunctionTest {
    private KeyedTwoInputStreamOperatorTestHarness<String, Award, ProbeAnswer, EnrichedAward> harness;
    private final Award award = TestRecords.keyedAward(1, "Acme Innovations Inc", "ABC123DEF456", "", "Virginia");
    private final Recipient acme = TestRecords.recipient(9, "ACME INNOVATIONS INC", "ABC123DEF456", null, "VA");

    @BeforeEach
    void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
                new EnrichmentFunction(new MatchingSettings()), Award::awardId, answer -> answer.awardId, Types.STRING);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void waitsForEveryAnswerWhenTheAwardComesFirst() throws Exception {
        harness.processElement1(award, 0);
        String[] keys = award.keys.probeKeys;
        for (int i = 0; i < keys.length - 1; i++) {
            harness.processElement2(answer(keys[i]), 0);
        }
        assertThat(harness.extractOutputValues()).isEmpty();
        harness.processElement2(answer(keys[keys.length - 1]), 0);
        assertThat(harness.extractOutputValues()).singleElement().satisfies(result -> {
            assertThat(result.match.method).isEqualTo(MatchMethod.UEI_EXACT);
            assertThat(result.match.recipient.recordNumber).isEqualTo(9);
        });
    }

    @Test
    void completesWhenTheAwardArrivesAfterItsAnswers() throws Exception {
        for (String key : award.keys.probeKeys) {
            harness.processElement2(answer(key), 0);
        }
        assertThat(harness.extractOutputValues()).isEmpty();
        harness.processElement1(award, 0);
        assertThat(harness.extractOutputValues()).singleElement()
                .satisfies(result -> assertThat(result.match.method).isEqualTo(MatchMethod.UEI_EXACT));
    }

    @Test
    void stateIsClearedOnceTheAwardIsEmitted() throws Exception {
        harness.processElement1(award, 0);
        for (String key : award.keys.probeKeys) {
            harness.processElement2(answer(key), 0);
        }
        assertThat(harness.numKeyedStateEntries()).isZero();
    }

    /** The UEI key finds Acme; every other key finds nobody. */
    private ProbeAnswer answer(String key) {
        Recipient[] found = key.equals(LookupKeys.uei("ABC123DEF456")) ? new Recipient[] {acme} : new Recipient[0];
        return new ProbeAnswer(award.awardId(), key, found, found.length, false);
    }
}

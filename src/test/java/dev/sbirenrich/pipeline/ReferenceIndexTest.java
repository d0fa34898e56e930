package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sbirenrich.matching.LookupKeys;
import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.matching.NameBlocker;
import dev.sbirenrich.matching.NameNormalizer;
import dev.sbirenrich.model.IndexEntry;
import dev.sbirenrich.model.Probe;
import dev.sbirenrich.model.ProbeAnswer;
import dev.sbirenrich.model.Recipient;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReferenceIndexTest {
    private static final String UEI_KEY = LookupKeys.uei("ABC123DEF456");

    private KeyedTwoInputStreamOperatorTestHarness<String, IndexEntry, Probe, ProbeAnswer> harness;

    @BeforeEach
    void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
                new ReferenceIndex(cappedAt(2)), entry -> entry.key, probe -> probe.key, Types.STRING);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void probesWaitUntilTheReferenceIsComplete() throws Exception {
        harness.processElement2(new Probe(UEI_KEY, "awards.csv#1", "ACME INNOVATIONS", "VA", null, null), 0);
        assertThat(harness.extractOutputValues()).isEmpty();

        harness.processElement1(entry(UEI_KEY, 7, "ACME INNOVATIONS INC"), 0);
        assertThat(harness.extractOutputValues()).isEmpty();

        harness.processBothWatermarks(new Watermark(ReferenceGate.OPEN));
        List<ProbeAnswer> answers = harness.extractOutputValues();
        assertThat(answers).singleElement().satisfies(answer -> {
            assertThat(answer.awardId).isEqualTo("awards.csv#1");
            assertThat(answer.recipients).extracting(r -> r.recordNumber).containsExactly(7L);
            assertThat(answer.tooCommon).isFalse();
        });
    }

    @Test
    void probesAfterTheGateOpensAreAnsweredAtOnce() throws Exception {
        harness.processElement1(entry(UEI_KEY, 7, "ACME INNOVATIONS INC"), 0);
        harness.processBothWatermarks(new Watermark(ReferenceGate.OPEN));
        harness.processElement2(new Probe(UEI_KEY, "awards.csv#2", "ACME INNOVATIONS", "VA", null, null), 0);
        assertThat(harness.extractOutputValues()).singleElement()
                .satisfies(answer -> assertThat(answer.postingSize).isEqualTo(1));
    }

    @Test
    void aKeyHoldingMoreThanTheCapIsTooCommon() throws Exception {
        String block = LookupKeys.name("ACME");
        for (int record = 1; record <= 3; record++) {
            harness.processElement1(entry(block, record, "ACME " + record), 0);
        }
        harness.processBothWatermarks(new Watermark(ReferenceGate.OPEN));
        harness.processElement2(new Probe(block, "awards.csv#3", "ACME", "VA", null, null), 0);
        assertThat(harness.extractOutputValues()).singleElement().satisfies(answer -> {
            assertThat(answer.tooCommon).isTrue();
            assertThat(answer.recipients).isEmpty();
            assertThat(answer.postingSize).isEqualTo(3);
        });
    }

    @Test
    void aKeyWithoutEntriesAnswersEmpty() throws Exception {
        harness.processBothWatermarks(new Watermark(ReferenceGate.OPEN));
        harness.processElement2(new Probe(UEI_KEY, "awards.csv#4", "ACME INNOVATIONS", "VA", null, null), 0);
        assertThat(harness.extractOutputValues()).singleElement()
                .satisfies(answer -> assertThat(answer.recipients).isEmpty());
    }

    @Test
    void aNameBlockAnswersOnlyThePreselectedEntries() throws Exception {
        harness.close();
        MatchingSettings settings = cappedAt(10);
        settings.candidatesPerKey = 1;
        harness = ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
                new ReferenceIndex(settings), entry -> entry.key, probe -> probe.key, Types.STRING);
        String block = LookupKeys.name("ACME");
        harness.processElement1(entry(block, 1, "ACME ROCKETS"), 0);
        harness.processElement1(entry(block, 2, "ACME INNOVATIONS"), 0);
        harness.processElement1(entry(block, 3, "ACME INNOVATIONS AND ROCKETS"), 0);
        harness.processBothWatermarks(new Watermark(ReferenceGate.OPEN));
        harness.processElement2(new Probe(block, "awards.csv#5", "ACME INNOVATIONS", "VA", null, null), 0);
        assertThat(harness.extractOutputValues()).singleElement().satisfies(answer -> {
            assertThat(answer.postingSize).isEqualTo(3);
            assertThat(answer.recipients).extracting(r -> r.recordNumber).containsExactly(2L);
        });
    }

    @Test
    void equallyNamedRecipientsAreKeptByClosenessToTheAwardsPlace() throws Exception {
        harness.close();
        MatchingSettings settings = cappedAt(10);
        settings.candidatesPerKey = 2;
        harness = ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
                new ReferenceIndex(settings), entry -> entry.key, probe -> probe.key, Types.STRING);
        String block = LookupKeys.name("ACME INNOVATIONS");
        String[][] places = {{"VA", "RESTON", "20190"}, {"NH", "NASHUA", "03060"}, {"NH", "NASHUA", "03062"},
            {"NH", "CONCORD", "03301"}};
        for (int i = 0; i < places.length; i++) {
            Recipient recipient = TestRecords.recipient(i + 1, "ACME INNOVATIONS", "ABC123DEF456", null, "VA");
            recipient.state = places[i][0];
            recipient.city = places[i][1];
            recipient.zip5 = places[i][2];
            harness.processElement1(new IndexEntry(block, StoredPostingEntry.encode(recipient)), 0);
        }
        harness.processBothWatermarks(new Watermark(ReferenceGate.OPEN));
        harness.processElement2(new Probe(block, "awards.csv#6", "ACME INNOVATIONS", "NH", "NASHUA", "03062"), 0);
        // zip and city first, then city alone; state alone (Concord) and elsewhere (Reston) are dropped
        assertThat(harness.extractOutputValues()).singleElement().satisfies(answer ->
                assertThat(answer.recipients).extracting(r -> r.recordNumber).containsExactlyInAnyOrder(2L, 3L));
    }

    @Test
    void manyRecipientsOfTheAwardsOwnNameAreRankedByPlaceNotRefusedAsTooCommon() throws Exception {
        harness.close();
        MatchingSettings settings = cappedAt(2);
        settings.maxSameNamePosting = 10;
        settings.candidatesPerKey = 1;
        harness = ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
                new ReferenceIndex(settings), entry -> entry.key, probe -> probe.key, Types.STRING);
        String ownName = NameBlocker.blockingKeys(NameNormalizer.tokens("City of Liberty"))[0];
        String[] states = {"MO", "AL", "TX", "NC"};
        for (int i = 0; i < states.length; i++) {
            harness.processElement1(new IndexEntry(ownName, StoredPostingEntry.encode(
                    TestRecords.recipient(i + 1, "CITY OF LIBERTY", null, "00000000" + i, states[i]))), 0);
        }
        harness.processBothWatermarks(new Watermark(ReferenceGate.OPEN));
        harness.processElement2(new Probe(ownName, "awards.csv#7", "CITY OF LIBERTY", "AL", "BIRMINGHAM", null), 0);
        // For an award of another name the same key is an ordinary block, and too common.
        harness.processElement2(new Probe(ownName, "awards.csv#8", "CITY OF LIBERTY HEIGHTS", "AL", null, null), 0);
        assertThat(harness.extractOutputValues()).satisfiesExactly(
                own -> assertThat(own.recipients).extracting(r -> r.state).containsExactly("AL"),
                other -> assertThat(other.tooCommon).isTrue());
    }

    @Test
    void aSavepointOfTheOlderMapLayoutIsRefusedWithTheWayOut() throws Exception {
        OperatorSubtaskState older;
        try (var olderRelease = restorable(new OlderReleaseIndex())) {
            olderRelease.setup();
            olderRelease.open();
            olderRelease.processElement1(entry(UEI_KEY, 7, "ACME INNOVATIONS INC"), 0);
            older = olderRelease.snapshot(1, 1);
        }
        try (var current = restorable(new ReferenceIndex(cappedAt(2)))) {
            current.setup();
            current.initializeState(older);
            assertThatThrownBy(current::open)
                    .hasStackTraceContaining("older release")
                    .hasStackTraceContaining("--reference-version");
        }
    }

    private static KeyedTwoInputStreamOperatorTestHarness<String, IndexEntry, Probe, ProbeAnswer> restorable(
            KeyedCoProcessFunction<String, IndexEntry, Probe, ProbeAnswer> function) throws Exception {
        var harness = new KeyedTwoInputStreamOperatorTestHarness<>(new KeyedCoProcessOperator<>(function),
                (IndexEntry entry) -> entry.key, (Probe probe) -> probe.key, Types.STRING);
        harness.setStateBackend(new EmbeddedRocksDBStateBackend());
        return harness;
    }

    /** Files recipients the way releases before the list layout did: map state named "posting". */
    private static final class OlderReleaseIndex
            extends KeyedCoProcessFunction<String, IndexEntry, Probe, ProbeAnswer> {
        private transient MapState<String, Recipient> posting;

        @Override
        public void open(OpenContext openContext) {
            posting = getRuntimeContext().getMapState(
                    new MapStateDescriptor<>("posting", String.class, Recipient.class));
        }

        @Override
        public void processElement1(IndexEntry entry, Context ctx, Collector<ProbeAnswer> out) throws Exception {
            Recipient recipient = new StoredPostingEntry(entry.posting).recipient();
            posting.put(StoredPostingEntry.entryId(recipient), recipient);
        }

        @Override
        public void processElement2(Probe probe, Context ctx, Collector<ProbeAnswer> out) {}
    }

    private static MatchingSettings cappedAt(int maxPostingSize) {
        MatchingSettings settings = new MatchingSettings();
        settings.maxPostingSize = maxPostingSize;
        settings.maxSameNamePosting = maxPostingSize;
        return settings;
    }

    private static IndexEntry entry(String key, long record, String name) {
        Recipient recipient = TestRecords.recipient(record, name, "ABC123DEF456", null, "VA");
        return new IndexEntry(key, StoredPostingEntry.encode(recipient));
    }
}

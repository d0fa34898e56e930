package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.metrics.MetricNames;
import dev.sbirenrich.model.Alert;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.Decision;
import dev.sbirenrich.model.EnrichedAward;
import dev.sbirenrich.model.MatchMethod;
import dev.sbirenrich.model.MatchResult;
import dev.sbirenrich.model.Severity;
import dev.sbirenrich.reference.ReferenceInput;
import dev.sbirenrich.reference.ReferenceStore;
import dev.sbirenrich.reference.SnapshotDescriptor;
import dev.sbirenrich.reference.SnapshotException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.execution.SuppressRestartsException;
import org.apache.flink.runtime.jobgraph.OperatorID;
import org.apache.flink.runtime.metrics.groups.InternalOperatorMetricGroup;
import org.apache.flink.runtime.metrics.groups.UnregisteredMetricGroups;
import org.apache.flink.runtime.metrics.util.InterceptingOperatorMetricGroup;
import org.apache.flink.runtime.operators.testutils.MockEnvironmentBuilder;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithNonKeyedOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.AbstractStreamOperatorTestHarness;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enrichment operator against reference snapshots: an award is matched against the active
 * snapshot and names it; a new snapshot on the broadcast side takes over only at the next
 * checkpoint, which the metrics and an alert report; the active snapshot survives a restore; an
 * unusable snapshot fails the job for good, in one line.
 */
class SnapshotEnrichmentTest {
    /** Acme's UEI: in every dump, at the address of that month (which tells the dumps apart). */
    private static final String ACME_UEI = "ACMEROBO0001";

    @TempDir
    Path temp;

    private SnapshotDescriptor october;
    private SnapshotDescriptor november;
    private Enrichment harness;

    @BeforeEach
    void buildSnapshots() throws IOException {
        october = snapshot("october", "ACME ROBOTICS LLC," + ACME_UEI + ",,SAN JOSE,CA,95112,2025-10-01");
        november = snapshot("november", "ACME ROBOTICS LLC," + ACME_UEI + ",,AUSTIN,TX,78701,2025-11-01",
                "ORION PHOTONICS INC,ORIONPHO0001,,TUCSON,AZ,85701,2025-11-01");
    }

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void anAwardIsMatchedAgainstTheSubmittedSnapshotAndNamesIt() throws Exception {
        harness = Enrichment.start(october, 0, null);

        harness.award(1);

        assertThat(harness.results()).singleElement().satisfies(result -> {
            assertThat(result.match.method).isEqualTo(MatchMethod.UEI_EXACT);
            assertThat(result.match.recipient.uei).isEqualTo(ACME_UEI);
            assertThat(result.match.recipient.city).isEqualTo("SAN JOSE");
            assertThat(result.match.reference).isEqualTo(october.id);
            assertThat(result.award.awardId()).isEqualTo("awards.csv#1");
        });
        assertThat(harness.rows()).isEqualTo(1);
        assertThat(harness.switches()).isZero();
    }

    @Test
    void aNewSnapshotTakesOverAtTheNextCheckpointNotBefore() throws Exception {
        harness = Enrichment.start(october, 0, null);
        harness.award(1);

        harness.operator.processElement2(new StreamRecord<>(BroadcastUpdate.of(november)));
        harness.award(2);
        assertThat(harness.results()).as("before the checkpoint: still October")
                .extracting(r -> r.match.reference).containsExactly(october.id, october.id);
        assertThat(harness.switches()).isZero();
        assertThat(harness.alerts()).isEmpty();

        harness.checkpoint(7);
        harness.award(3);

        EnrichedAward after = harness.results().get(2);
        assertThat(after.match.reference).isEqualTo(november.id);
        assertThat(after.match.method).isEqualTo(MatchMethod.UEI_EXACT);
        assertThat(after.match.recipient.city).as("Acme as November knows it").isEqualTo("AUSTIN");
        assertThat(harness.switches()).isEqualTo(1);
        assertThat(harness.rows()).isEqualTo(2);
        assertThat(harness.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.severity).isEqualTo(Severity.INFO);
            assertThat(alert.rule).isEqualTo("reference-switched");
            assertThat(alert.threshold).as("rows before").isEqualTo(1);
            assertThat(alert.actual).as("rows after").isEqualTo(2);
            assertThat(alert.detail).contains(november.id, october.id, "checkpoint 7");
            assertThat(alert.runId).isNotBlank();
        });

        harness.award(4);
        assertThat(harness.alerts()).as("one alert per switch").hasSize(1);
    }

    @Test
    void onlyTheFirstSubtaskRaisesTheAlertButEverySubtaskSwitches() throws Exception {
        harness = Enrichment.start(october, 1, null);
        harness.operator.processElement2(new StreamRecord<>(BroadcastUpdate.of(november)));
        harness.checkpoint(1);
        harness.award(1);

        assertThat(harness.results()).extracting(r -> r.match.reference).containsExactly(november.id);
        assertThat(harness.switches()).isEqualTo(1);
        assertThat(harness.alerts()).isEmpty();
    }

    @Test
    void theActiveSnapshotAgainIsNoSwitch() throws Exception {
        harness = Enrichment.start(october, 0, null);
        harness.operator.processElement2(new StreamRecord<>(BroadcastUpdate.of(october)));
        harness.checkpoint(1);
        harness.award(1);

        assertThat(harness.switches()).isZero();
        assertThat(harness.alerts()).isEmpty();
        assertThat(harness.results()).extracting(r -> r.match.reference).containsExactly(october.id);
    }

    @Test
    void ofTwoSnapshotsBeforeACheckpointTheLastOneWins() throws Exception {
        SnapshotDescriptor december = snapshot("december", "ACME ROBOTICS LLC," + ACME_UEI + ",,DENVER,CO,80202,2025-12-01");
        harness = Enrichment.start(october, 0, null);
        harness.operator.processElement2(new StreamRecord<>(BroadcastUpdate.of(november)));
        harness.operator.processElement2(new StreamRecord<>(BroadcastUpdate.of(december)));
        harness.checkpoint(1);
        harness.award(1);

        assertThat(harness.results()).singleElement().satisfies(r -> {
            assertThat(r.match.reference).isEqualTo(december.id);
            assertThat(r.match.recipient.city).isEqualTo("DENVER");
        });
        assertThat(harness.switches()).isEqualTo(1);
    }

    @Test
    void aRestoreKeepsTheActiveSnapshot() throws Exception {
        harness = Enrichment.start(october, 0, null);
        harness.award(1);
        OperatorSubtaskState state = harness.checkpoint(1);
        harness.close();

        harness = Enrichment.start(october, 0, state);
        harness.award(2);

        assertThat(harness.results()).extracting(r -> r.match.reference).containsExactly(october.id);
        assertThat(harness.switches()).isZero();
    }

    @Test
    void aRestoreAfterARefreshKeepsTheRefreshedSnapshot() throws Exception {
        // A failover after a refresh: the job graph still carries the snapshot it was submitted with.
        harness = Enrichment.start(october, 0, null);
        harness.operator.processElement2(new StreamRecord<>(BroadcastUpdate.of(november)));
        harness.checkpoint(1);
        harness.award(1);
        OperatorSubtaskState state = harness.checkpoint(2);
        harness.close();

        harness = Enrichment.start(october, 0, state);
        harness.award(2);

        assertThat(harness.results()).as("the refreshed snapshot, as every award since checkpoint 1")
                .extracting(r -> r.match.reference).containsExactly(november.id);
    }

    @Test
    void aResumeGivenOtherRecipientsSwitchesToThem() throws Exception {
        harness = Enrichment.start(october, 0, null);
        harness.award(1);
        OperatorSubtaskState state = harness.checkpoint(1);
        harness.close();

        harness = Enrichment.start(november, 0, state);
        harness.award(2);

        assertThat(harness.results()).extracting(r -> r.match.reference).containsExactly(november.id);
    }

    @Test
    void theBroadcastStateCarriesTheDescriptorNotTheReference() throws Exception {
        try (BroadcastOperatorTestHarness<Award, BroadcastUpdate, EnrichedAward> broadcast =
                ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
                        new SnapshotEnrichment(october, new Decision[0], new MatchingSettings()),
                        SnapshotEnrichment.SNAPSHOTS, SnapshotEnrichment.DECISIONS)) {
            broadcast.processBroadcastElement(BroadcastUpdate.of(november), 0);
            var state = broadcast.getBroadcastState(SnapshotEnrichment.SNAPSHOTS);
            assertThat(state.get("active")).isEqualTo(october);
            assertThat(state.get("pending")).isEqualTo(november);

            broadcast.snapshot(1, 1);
            assertThat(state.get("active")).isEqualTo(november);
            assertThat(state.get("pending")).isNull();
        }
    }

    @Test
    void aMissingSnapshotFailsWithoutRestartsInOneLine() throws Exception {
        ReferenceStore store = new ReferenceStore(temp.resolve("store"));
        deleteTree(Path.of(october.location));

        assertThatThrownBy(() -> Enrichment.start(october, 0, null))
                .isInstanceOf(SuppressRestartsException.class)
                .cause().isInstanceOf(SnapshotException.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .startsWith("reference snapshot " + october.id + " is missing from " + store.root())
                        .contains("rebuild")
                        .doesNotContain("\n"));
    }

    @Test
    void aCorruptNewSnapshotFailsWithoutRestartsWhenItArrives() throws Exception {
        harness = Enrichment.start(october, 0, null);
        Path rows = Path.of(november.location).resolve("rows.bin");
        byte[] bytes = Files.readAllBytes(rows);
        bytes[0] ^= 1;
        Files.write(rows, bytes);

        assertThatThrownBy(() -> harness.operator.processElement2(new StreamRecord<>(BroadcastUpdate.of(november))))
                .isInstanceOf(SuppressRestartsException.class)
                .cause().isInstanceOf(SnapshotException.class)
                .hasMessageContaining(november.id).hasMessageContaining("rows.bin");
    }

    @Test
    void aReviewersAcceptAttachesTheRecipientOfItsUeiAndARejectAttachesNone() throws Exception {
        harness = Enrichment.start(november, new Decision[] {
                decision(1, Decision.ACCEPT, "orionpho0001", null, "2026-01-05T10:00:00Z"),
                decision(2, Decision.REJECT, null, null, "2026-01-05T10:01:00Z")}, 0, null);

        harness.award(1);
        harness.award(2);
        harness.award(3);

        List<EnrichedAward> results = harness.results();
        assertThat(results.get(0).match.method).isEqualTo(MatchMethod.MANUAL_ACCEPT);
        assertThat(results.get(0).match.recipient.legalBusinessName).as("the decision's UEI, not the award's")
                .isEqualTo("ORION PHOTONICS INC");
        assertThat(results.get(0).match.recipient.city).as("every field").isEqualTo("TUCSON");
        assertThat(results.get(0).match.decision.reviewer).isEqualTo("ana");
        assertThat(results.get(0).match.decisionProblem).isNull();
        assertThat(results.get(1).match.method).isEqualTo(MatchMethod.MANUAL_REJECT);
        assertThat(results.get(1).match.recipient).isNull();
        assertThat(results.get(2).match.method).as("no decision: the cascade").isEqualTo(MatchMethod.UEI_EXACT);
        assertThat(results.get(2).match.decision).isNull();
        assertThat(harness.decisions()).isEqualTo(2);
    }

    @Test
    void anAcceptedUeiTheReferenceDoesNotHoldLeavesTheCascadesResultAndSaysWhy() throws Exception {
        harness = Enrichment.start(october, new Decision[] {
                decision(1, Decision.ACCEPT, "ORIONPHO0001", null, "2026-01-05T10:00:00Z")}, 0, null);

        harness.award(1);

        assertThat(harness.results()).singleElement().satisfies(r -> {
            assertThat(r.match.method).isEqualTo(MatchMethod.UEI_EXACT);
            assertThat(r.match.decision.uei).isEqualTo("ORIONPHO0001");
            assertThat(r.match.decisionProblem).isEqualTo(MatchResult.RECIPIENT_NOT_IN_REFERENCE);
        });
        assertThat(harness.decisionsUnapplied()).isEqualTo(1);
    }

    @Test
    void anAcceptByDunsAttachesThePreferredRowOfARecipientWithoutUei() throws Exception {
        SnapshotDescriptor dunsOnly = snapshot("duns-only",
                "ACME ROBOTICS LLC," + ACME_UEI + ",,AUSTIN,TX,78701,2025-11-01",
                "ORION PHOTONICS,,012345678,PHOENIX,AZ,85001,2019-03-01",
                "ORION PHOTONICS INC,,012345678,TUCSON,AZ,85701,2021-06-01");
        harness = Enrichment.start(dunsOnly, new Decision[] {
                decision(1, Decision.ACCEPT, null, "012345678", "2026-01-05T10:00:00Z")}, 0, null);

        harness.award(1);

        assertThat(harness.results()).singleElement().satisfies(r -> {
            assertThat(r.match.method).isEqualTo(MatchMethod.MANUAL_ACCEPT);
            assertThat(r.match.recipient.legalBusinessName).as("the latest row of that DUNS")
                    .isEqualTo("ORION PHOTONICS INC");
            assertThat(r.match.recipient.uei).isNull();
            assertThat(r.match.decisionProblem).isNull();
        });
    }

    @Test
    void anAcceptedDunsTheReferenceDoesNotHoldLeavesTheCascadesResultAndSaysWhy() throws Exception {
        harness = Enrichment.start(october, new Decision[] {
                decision(1, Decision.ACCEPT, null, "987654321", "2026-01-05T10:00:00Z")}, 0, null);

        harness.award(1);

        assertThat(harness.results()).singleElement().satisfies(r -> {
            assertThat(r.match.method).isEqualTo(MatchMethod.UEI_EXACT);
            assertThat(r.match.decision.duns).isEqualTo("987654321");
            assertThat(r.match.decisionProblem).isEqualTo(MatchResult.RECIPIENT_NOT_IN_REFERENCE);
        });
        assertThat(harness.decisionsUnapplied()).isEqualTo(1);
    }

    @Test
    void decisionsArrivingLaterApplyToTheAwardsAfterThemTheLaterOfTwoWinsAndARestoreKeepsThem()
            throws Exception {
        harness = Enrichment.start(november, 0, null);
        harness.award(1);
        harness.operator.processElement2(new StreamRecord<>(BroadcastUpdate.of(new Decision[] {
                decision(2, Decision.REJECT, null, null, "2026-01-05T10:00:00Z")})));
        harness.operator.processElement2(new StreamRecord<>(BroadcastUpdate.of(new Decision[] {
                decision(2, Decision.ACCEPT, "ORIONPHO0001", null, "2026-01-04T09:00:00Z")})));
        OperatorSubtaskState state = harness.checkpoint(1);
        harness.close();

        harness = Enrichment.start(november, 0, state);
        harness.award(2);

        assertThat(harness.results()).extracting(r -> r.match.method).as("the later verdict, restored")
                .containsExactly(MatchMethod.MANUAL_REJECT);
        assertThat(harness.decisions()).isEqualTo(1);
    }

    // --- fixtures --------------------------------------------------------------------------------

    private static Decision decision(long record, String verdict, String uei, String duns, String at) {
        return new Decision("awards.csv", record, "Acme Robotics", verdict, uei, duns, "ana", Instant.parse(at));
    }

    private SnapshotDescriptor snapshot(String name, String... rows) throws IOException {
        Path dump = temp.resolve(name).resolve("recipients.csv");
        Files.createDirectories(dump.getParent());
        Files.writeString(dump, "legal_business_name,uei,duns,city,state,zip5,update_date\n"
                + String.join("\n", rows) + "\n");
        return new ReferenceStore(temp.resolve("store")).ensure(new ReferenceInput(List.of(dump), null), 1, r -> {})
                .descriptor();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * The operator in a test harness whose metrics can be read: the harness of Flink's broadcast
     * functions has no way to pass a metric group, so the two inputs are fed to the operator itself.
     */
    private static final class Enrichment implements AutoCloseable {
        final CoBroadcastWithNonKeyedOperator<Award, BroadcastUpdate, EnrichedAward> operator;
        final AbstractStreamOperatorTestHarness<EnrichedAward> harness;
        final InterceptingOperatorMetricGroup metrics;

        private Enrichment(CoBroadcastWithNonKeyedOperator<Award, BroadcastUpdate, EnrichedAward> operator,
                AbstractStreamOperatorTestHarness<EnrichedAward> harness, InterceptingOperatorMetricGroup metrics) {
            this.operator = operator;
            this.harness = harness;
            this.metrics = metrics;
        }

        /** Subtask {@code subtask} of 2, submitted with {@code submitted}, restored from {@code state} if not null. */
        static Enrichment start(SnapshotDescriptor submitted, int subtask, OperatorSubtaskState state) throws Exception {
            return start(submitted, new Decision[0], subtask, state);
        }

        static Enrichment start(SnapshotDescriptor submitted, Decision[] decisions, int subtask,
                OperatorSubtaskState state) throws Exception {
            InterceptingOperatorMetricGroup metrics = new InterceptingOperatorMetricGroup();
            var taskMetrics = new UnregisteredMetricGroups.UnregisteredTaskMetricGroup() {
                @Override
                public InternalOperatorMetricGroup getOrAddOperator(OperatorID id, String name,
                        Map<String, String> variables) {
                    return metrics;
                }
            };
            var operator = new CoBroadcastWithNonKeyedOperator<>(
                    new SnapshotEnrichment(submitted, decisions, new MatchingSettings()),
                    List.of(SnapshotEnrichment.SNAPSHOTS, SnapshotEnrichment.DECISIONS));
            var environment = new MockEnvironmentBuilder().setTaskName("SnapshotEnrichment").setParallelism(2)
                    .setMaxParallelism(2).setSubtaskIndex(subtask).setMetricGroup(taskMetrics).build();
            var harness = new AbstractStreamOperatorTestHarness<>(operator, environment);
            Enrichment enrichment = new Enrichment(operator, harness, metrics);
            try {
                harness.setup();
                if (state == null) {
                    harness.initializeEmptyState();
                } else {
                    harness.initializeState(state);
                }
                harness.open();
            } catch (Exception | Error e) {
                enrichment.close();
                throw e;
            }
            return enrichment;
        }

        void award(long record) throws Exception {
            award(record, ACME_UEI);
        }

        void award(long record, String uei) throws Exception {
            operator.processElement1(new StreamRecord<>(
                    TestRecords.keyedAward(record, "Acme Robotics", uei, "", "California")));
        }

        long decisionsUnapplied() {
            return ((Counter) metrics.get(MetricNames.REVIEW_DECISIONS_UNAPPLIED)).getCount();
        }

        @SuppressWarnings("unchecked")
        int decisions() {
            return ((Gauge<Integer>) metrics.get(MetricNames.REVIEW_DECISIONS)).getValue();
        }

        OperatorSubtaskState checkpoint(long id) throws Exception {
            return harness.snapshot(id, id);
        }

        List<EnrichedAward> results() {
            return harness.extractOutputValues();
        }

        List<Alert> alerts() {
            var alerts = harness.getSideOutput(SnapshotEnrichment.ALERTS);
            return alerts == null ? List.of() : alerts.stream().map(StreamRecord::getValue).toList();
        }

        long switches() {
            return ((Counter) metrics.get(MetricNames.REFERENCE_SWITCHES)).getCount();
        }

        @SuppressWarnings("unchecked")
        long rows() {
            return ((Gauge<Long>) metrics.get(MetricNames.REFERENCE_ROWS)).getValue();
        }

        @Override
        public void close() throws Exception {
            harness.close();
        }
    }
}

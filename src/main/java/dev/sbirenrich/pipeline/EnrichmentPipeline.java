package dev.sbirenrich.pipeline;

import dev.sbirenrich.config.EnrichmentSettings;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.EnrichedAward;
import dev.sbirenrich.model.Rejection;
import dev.sbirenrich.quality.QualityEvent;
import dev.sbirenrich.reference.SnapshotDescriptor;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Builds the enrichment topology from its sources and sinks; production and tests run exactly this.
 *
 * <pre>
 * awards ─► AwardNormalizer ─(round robin)─► SnapshotEnrichment ─► RecoveryMonitor ─► enriched
 *             (rejected)                    ▲ broadcast: snapshot descriptors, reviewers' decisions
 * reference snapshot (+ refreshes built by SnapshotRefresh) ─┤─► SnapshotRejections ─► rejected
 * new decisions files of a watching job ─► DecisionsRead ────┘
 * </pre>
 *
 * The reference is a snapshot built before the job starts (or by a refresh while it runs), so no
 * award waits for it and nothing of it is checkpointed but its descriptor. Every operator has a uid
 * from {@link OperatorIds}, the savepoint contract, and a name.
 */
public final class EnrichmentPipeline {
    private EnrichmentPipeline() {}

    /** Wires the job into {@code env}; the caller executes it. Returns the enriched stream for further wiring. */
    public static DataStream<EnrichedAward> build(
            StreamExecutionEnvironment env, PipelineSources sources, PipelineSinks sinks, EnrichmentSettings settings) {
        SingleOutputStreamOperator<Award> awards = env
                .fromSource(sources.awards(), WatermarkStrategy.noWatermarks(), "Awards")
                .uid(OperatorIds.AWARDS_SOURCE)
                .process(new AwardNormalizer())
                .uid(OperatorIds.AWARD_NORMALIZER)
                .name("AwardNormalizer");

        DataStream<SnapshotDescriptor> snapshots = env
                .fromData(TypeInformation.of(SnapshotDescriptor.class), sources.reference())
                .uid(OperatorIds.REFERENCE_SOURCE).name("ReferenceSnapshot");
        if (sources.referenceUpdates() != null) {
            snapshots = snapshots.union(SnapshotRefresh.attach(env, sources.referenceUpdates()));
        }

        DataStream<Rejection> rejected = awards.getSideOutput(OutputTags.REJECTED)
                .union(snapshots.flatMap(new SnapshotRejections()).uid(OperatorIds.SNAPSHOT_REJECTIONS)
                        .name("SnapshotRejections").setParallelism(1));
        ReviewDecisions decisions = sources.decisions();
        if (decisions.problems().length > 0) {
            rejected = rejected.union(env.fromData(TypeInformation.of(Rejection.class), decisions.problems())
                    .uid(OperatorIds.DECISION_PROBLEMS_SOURCE).name("DecisionProblems"));
        }
        DataStream<BroadcastUpdate> updates = snapshots.map(BroadcastUpdate::of).returns(BroadcastUpdate.class)
                .uid(OperatorIds.REFERENCE_BROADCAST).name("ReferenceBroadcast").setParallelism(1);
        if (decisions.updates() != null) {
            SingleOutputStreamOperator<BroadcastUpdate> read = DecisionsRead.attach(env, decisions);
            updates = updates.union(read);
            rejected = rejected.union(read.getSideOutput(OutputTags.REJECTED));
        }
        rejected.sinkTo(sinks.rejected()).uid(OperatorIds.REJECTED_SINK).name("RejectedSink");

        // Round robin: a file is read by one source subtask, and every enrichment subtask should match.
        SingleOutputStreamOperator<EnrichedAward> enriched = awards.rebalance()
                .connect(updates.broadcast(SnapshotEnrichment.SNAPSHOTS, SnapshotEnrichment.DECISIONS))
                .process(new SnapshotEnrichment(sources.reference(), decisions.submitted(), settings.matching))
                .uid(OperatorIds.ENRICHMENT)
                .name("SnapshotEnrichment");
        SingleOutputStreamOperator<EnrichedAward> monitored = RecoveryMonitor.watch(enriched);
        monitored.sinkTo(sinks.enriched()).uid(OperatorIds.ENRICHED_SINK).name("EnrichedSink");

        // The reference is complete before the job is built: its report is dated now, earlier than
        // any award can be classified.
        long readyAtMillis = System.currentTimeMillis();
        DataStream<QualityEvent> referenceEvents = snapshots
                .map(snapshot -> QualityEvent.reference(snapshot.rows, 1, readyAtMillis))
                .returns(QualityEvent.class)
                .uid(OperatorIds.REFERENCE_EVENTS).name("ReferenceQualityEvents").setParallelism(1);
        QualityStage.attach(monitored, rejected, referenceEvents,
                monitored.getSideOutput(RecoveryMonitor.ALERTS).union(enriched.getSideOutput(SnapshotEnrichment.ALERTS)),
                sinks.alerts(), settings.quality, sources.awards().getBoundedness() == Boundedness.BOUNDED);
        return monitored;
    }
}

package dev.sbirenrich.pipeline;

import dev.sbirenrich.config.EnrichmentSettings;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.EnrichedAward;
import dev.sbirenrich.model.IndexEntry;
import dev.sbirenrich.model.Probe;
import dev.sbirenrich.model.Rejection;
import dev.sbirenrich.quality.QualityStage;
import java.time.Duration;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Builds the enrichment topology from its sources and sinks; production and tests run exactly this.
 *
 * <pre>
 * awards ─► AwardNormalizer ─┬─ probes ─► keyBy(key) ─┐
 *             (rejected)     │                       ReferenceIndex ─► keyBy(award) ─┐
 * recipients ─► RecipientNormalizer ─► keyBy(key) ───┘                               EnrichmentFunction ─► enriched
 *             (rejected)     └─ awards ─────────────────────────────► keyBy(award) ──┘
 * </pre>
 *
 * The broadcast layout replaces ReferenceIndex + EnrichmentFunction by BroadcastEnrichmentFunction.
 * Operator uids are part of the savepoint contract: never change them (docs/operations.md). The
 * reference branch's uids carry the reference version ({@link ReferenceVersion}).
 */
public final class EnrichmentPipeline {
    public static final String UID_AWARDS_SOURCE = "awards-source";
    public static final String UID_RECIPIENTS_SOURCE = "recipients-source";
    public static final String UID_AWARD_NORMALIZER = "award-normalizer";
    public static final String UID_RECIPIENT_NORMALIZER = "recipient-normalizer";
    public static final String UID_REFERENCE_INDEX = "reference-index";
    public static final String UID_ENRICHMENT = "enrichment";
    public static final String UID_BROADCAST_ENRICHMENT = "broadcast-enrichment";
    public static final String UID_ENRICHED_SINK = "enriched-sink";
    public static final String UID_REJECTED_SINK = "rejected-sink";

    private EnrichmentPipeline() {}

    /** Wires the job into {@code env}; the caller executes it. Returns the enriched stream for further wiring. */
    public static DataStream<EnrichedAward> build(
            StreamExecutionEnvironment env, PipelineSources sources, PipelineSinks sinks, EnrichmentSettings settings) {
        var pipeline = settings.pipeline;

        SingleOutputStreamOperator<Award> awards = env
                .fromSource(sources.awards(),
                        ReferenceGate.awards(Duration.ofMillis(pipeline.awardsIdleTimeoutMs)), "Awards")
                .uid(UID_AWARDS_SOURCE)
                .process(new AwardNormalizer())
                .uid(UID_AWARD_NORMALIZER)
                .name("AwardNormalizer");

        SingleOutputStreamOperator<IndexEntry> index = env
                .fromSource(sources.recipients(), ReferenceGate.recipients(), "Recipients")
                .uid(ReferenceVersion.uid(UID_RECIPIENTS_SOURCE, pipeline))
                .process(new RecipientNormalizer())
                .uid(ReferenceVersion.uid(UID_RECIPIENT_NORMALIZER, pipeline))
                .name("RecipientNormalizer");

        DataStream<Rejection> rejected = awards.getSideOutput(OutputTags.REJECTED)
                .union(index.getSideOutput(OutputTags.REJECTED));
        rejected.sinkTo(sinks.rejected()).uid(UID_REJECTED_SINK).name("RejectedSink");

        DataStream<EnrichedAward> enriched = "broadcast".equals(pipeline.stateLayout)
                ? broadcastLayout(awards, index, settings)
                : keyedLayout(awards, index, settings);
        SingleOutputStreamOperator<EnrichedAward> monitored = RecoveryMonitor.watch(enriched);
        monitored.sinkTo(sinks.enriched()).uid(UID_ENRICHED_SINK).name("EnrichedSink");
        QualityStage.attach(monitored, rejected, index,
                ReferenceVersion.uid(QualityStage.UID_REFERENCE_TALLY, pipeline),
                monitored.getSideOutput(RecoveryMonitor.ALERTS), sinks.alerts(), settings.quality,
                sources.awards().getBoundedness() == Boundedness.BOUNDED);
        return monitored;
    }

    private static DataStream<EnrichedAward> keyedLayout(
            SingleOutputStreamOperator<Award> awards, DataStream<IndexEntry> index, EnrichmentSettings settings) {
        DataStream<Probe> probes = awards.getSideOutput(OutputTags.PROBES);
        var answers = index.keyBy(entry -> entry.key)
                .connect(probes.keyBy(probe -> probe.key))
                .process(new ReferenceIndex(settings.matching))
                .uid(ReferenceVersion.uid(UID_REFERENCE_INDEX, settings.pipeline))
                .name("ReferenceIndex");
        return awards.keyBy(Award::awardId)
                .connect(answers.keyBy(answer -> answer.awardId))
                .process(new EnrichmentFunction(settings.matching))
                .uid(UID_ENRICHMENT)
                .name("EnrichmentFunction");
    }

    private static DataStream<EnrichedAward> broadcastLayout(
            SingleOutputStreamOperator<Award> awards, DataStream<IndexEntry> index, EnrichmentSettings settings) {
        return awards.keyBy(Award::awardId)
                .connect(index.broadcast(BroadcastEnrichmentFunction.INDEX))
                .process(new BroadcastEnrichmentFunction(settings.matching))
                .uid(ReferenceVersion.uid(UID_BROADCAST_ENRICHMENT, settings.pipeline))
                .name("BroadcastEnrichmentFunction");
    }
}

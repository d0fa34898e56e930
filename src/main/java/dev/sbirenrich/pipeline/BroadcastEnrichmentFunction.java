package dev.sbirenrich.pipeline;

import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.matching.Place;
import dev.sbirenrich.metrics.ReferenceLoadGauge;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.EnrichedAward;
import dev.sbirenrich.model.IndexEntry;
import dev.sbirenrich.model.ProbeAnswer;
import dev.sbirenrich.model.Recipient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The broadcast-state layout, for small reference sets: every parallel instance holds the whole
 * index on the heap (and snapshots all of it), so awards are answered locally without a shuffle.
 * Awards arriving before the reference is complete wait in keyed state for {@link ReferenceGate}.
 */
public class BroadcastEnrichmentFunction
        extends KeyedBroadcastProcessFunction<String, Award, IndexEntry, EnrichedAward> {
    public static final MapStateDescriptor<String, Recipient[]> INDEX =
            new MapStateDescriptor<>("broadcast-index", String.class, Recipient[].class);

    private final MatchingSettings settings;

    private transient ValueState<Award> held;
    private transient AwardEnricher enricher;
    private transient ReferenceLoadGauge referenceLoad;

    public BroadcastEnrichmentFunction(MatchingSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext openContext) {
        held = getRuntimeContext().getState(new ValueStateDescriptor<>("held-award", Award.class));
        enricher = new AwardEnricher(settings, getRuntimeContext().getMetricGroup());
        referenceLoad = new ReferenceLoadGauge(getRuntimeContext().getMetricGroup());
    }

    @Override
    public void processBroadcastElement(IndexEntry entry, Context ctx, Collector<EnrichedAward> out) throws Exception {
        BroadcastState<String, Recipient[]> index = ctx.getBroadcastState(INDEX);
        Recipient[] posting = index.get(entry.key);
        int size = posting == null ? 0 : posting.length;
        // Beyond the larger cap + 1 a posting only needs to say "too common", so it stops growing.
        if (size <= settings.maxSameNamePosting) {
            Recipient[] grown = posting == null ? new Recipient[1] : Arrays.copyOf(posting, size + 1);
            grown[size] = new StoredPostingEntry(entry.posting).recipient();
            index.put(entry.key, grown);
        }
    }

    @Override
    public void processElement(Award award, ReadOnlyContext ctx, Collector<EnrichedAward> out) throws Exception {
        boolean open = ReferenceGate.isOpen(ctx.timerService().currentWatermark());
        referenceLoad.observe(open);
        if (open) {
            out.collect(enrich(award, ctx.getBroadcastState(INDEX)));
        } else {
            held.update(award);
            ctx.timerService().registerEventTimeTimer(ReferenceGate.OPEN);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<EnrichedAward> out) throws Exception {
        referenceLoad.observe(true);
        Award award = held.value();
        if (award != null) {
            out.collect(enrich(award, ctx.getBroadcastState(INDEX)));
            held.clear();
        }
    }

    private EnrichedAward enrich(Award award, ReadOnlyBroadcastState<String, Recipient[]> index) throws Exception {
        long start = System.nanoTime();
        String awardId = award.awardId();
        List<ProbeAnswer> answers = new ArrayList<>(award.keys.probeKeys.length);
        for (String key : award.keys.probeKeys) {
            answers.add(ProbeAnswers.answer(awardId, key, award.keys.nameTokens, Place.of(award.keys),
                    ProbeAnswers.cap(key, award.keys.nameTokens, settings), HeapPostingEntry.over(index.get(key)),
                    settings));
        }
        return enricher.enrich(award, answers, start);
    }
}

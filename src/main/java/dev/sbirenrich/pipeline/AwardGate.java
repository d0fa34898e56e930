package dev.sbirenrich.pipeline;

import dev.sbirenrich.metrics.MetricNames;
import dev.sbirenrich.metrics.ReferenceLoadGauge;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.IndexEntry;
import dev.sbirenrich.model.Probe;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by award: holds each award that arrives while the reference is still loading, and sends
 * out its probes (side output) only once the reference is complete.
 *
 * <p>Awards are read while the reference loads. Holding an award here costs one state write; the
 * alternative, sending its probes at once, made the index hold every probe (about five per award,
 * each a state append plus a timer) and left every award half-answered in the enrichment state
 * until the load ended. The second input carries no records, only the reference's watermark
 * ({@link #referenceCompletion}): its event time passes {@link ReferenceGate#OPEN} when the
 * reference input is complete. {@link ReferenceIndex} still holds a probe that outruns the last
 * reference entries to its partition.
 */
public class AwardGate extends KeyedCoProcessFunction<String, Award, IndexEntry, Award> {
    private transient ValueState<Award> held;
    private transient Counter awardsHeld;
    private transient ReferenceLoadGauge referenceLoad;

    /** The reference's event time without its records: what this gate's second input needs. */
    static boolean referenceCompletion(IndexEntry entry) {
        return false;
    }

    @Override
    public void open(OpenContext openContext) {
        held = getRuntimeContext().getState(new ValueStateDescriptor<>("held-award", Award.class));
        awardsHeld = getRuntimeContext().getMetricGroup().counter(MetricNames.AWARDS_WAITING_FOR_REFERENCE);
        referenceLoad = new ReferenceLoadGauge(getRuntimeContext().getMetricGroup());
    }

    @Override
    public void processElement1(Award award, Context ctx, Collector<Award> out) throws Exception {
        boolean open = ReferenceGate.isOpen(ctx.timerService().currentWatermark());
        referenceLoad.observe(open);
        if (open) {
            release(award, ctx, out);
        } else {
            awardsHeld.inc();
            held.update(award);
            ctx.timerService().registerEventTimeTimer(ReferenceGate.OPEN);
        }
    }

    @Override
    public void processElement2(IndexEntry none, Context ctx, Collector<Award> out) {
        throw new IllegalStateException("the reference completion input carries watermarks only");
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Award> out) throws Exception {
        referenceLoad.observe(true);
        Award award = held.value();
        if (award != null) {
            release(award, ctx, out);
            held.clear();
        }
    }

    private static void release(Award award, Context ctx, Collector<Award> out) {
        out.collect(award);
        String awardId = award.awardId();
        var keys = award.keys;
        for (String key : keys.probeKeys) {
            ctx.output(OutputTags.PROBES, new Probe(key, awardId, keys.nameTokens, keys.state, keys.city, keys.zip5));
        }
    }
}

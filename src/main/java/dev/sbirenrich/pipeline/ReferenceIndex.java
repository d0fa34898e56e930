package dev.sbirenrich.pipeline;

import dev.sbirenrich.matching.LookupKeys;
import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.matching.Place;
import dev.sbirenrich.metrics.MetricNames;
import dev.sbirenrich.metrics.ReferenceLoadGauge;
import dev.sbirenrich.model.IndexEntry;
import dev.sbirenrich.model.Probe;
import dev.sbirenrich.model.ProbeAnswer;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The reference data in keyed state, partitioned by lookup key (UEI, DUNS or name block) across the
 * cluster: input 1 files recipients under their keys, input 2 asks who is filed under a key.
 * Probes that arrive while the reference is still loading wait in state until {@link ReferenceGate}
 * opens, so no award is classified against a partial reference.
 */
public class ReferenceIndex extends KeyedCoProcessFunction<String, IndexEntry, Probe, ProbeAnswer> {
    private final MatchingSettings settings;

    /** The recipients filed under the key, each a {@link StoredPostingEntry}: one value, read in one lookup. */
    private transient ListState<byte[]> posting;
    private transient ListState<Probe> held;
    /**
     * Keys known to exceed a posting cap, with the largest cap exceeded (a key can be one award's
     * own name key and another's drop-one key). Postings only grow, so the answer never changes;
     * the map is derived (rebuilt lazily after a restore), not checkpointed.
     */
    private transient Map<String, Integer> tooCommonKeys;
    private transient Counter entries;
    private transient Counter duplicateIdentifiers;
    private transient Counter probesHeld;
    private transient ReferenceLoadGauge referenceLoad;

    public ReferenceIndex(MatchingSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext openContext) {
        posting = postingState();
        held = getRuntimeContext().getListState(new ListStateDescriptor<>("held-probes", Probe.class));
        tooCommonKeys = new HashMap<>();
        var group = getRuntimeContext().getMetricGroup();
        entries = group.counter(MetricNames.REFERENCE_ENTRIES);
        duplicateIdentifiers = group.counter(MetricNames.DUPLICATE_REFERENCE_IDENTIFIERS);
        probesHeld = group.counter(MetricNames.PROBES_WAITING_FOR_REFERENCE);
        referenceLoad = new ReferenceLoadGauge(group);
    }

    @Override
    public void processElement1(IndexEntry entry, Context ctx, Collector<ProbeAnswer> out) throws Exception {
        entries.inc();
        // A blind append (a RocksDB merge): checking for an existing entry would cost a lookup per
        // row at load time, so duplicate identifiers are counted when a probe finds them instead.
        posting.add(entry.posting);
    }

    @Override
    public void processElement2(Probe probe, Context ctx, Collector<ProbeAnswer> out) throws Exception {
        boolean open = ReferenceGate.isOpen(ctx.timerService().currentWatermark());
        referenceLoad.observe(open);
        if (open) {
            out.collect(answer(probe));
        } else {
            probesHeld.inc();
            held.add(probe);
            ctx.timerService().registerEventTimeTimer(ReferenceGate.OPEN);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ProbeAnswer> out) throws Exception {
        referenceLoad.observe(true);
        for (Probe probe : held.get()) {
            out.collect(answer(probe));
        }
        held.clear();
    }

    /**
     * Releases before this one kept a posting as map state under the same name: restoring such a
     * savepoint fails here, on the state's type, rather than answering from an empty index.
     */
    private ListState<byte[]> postingState() {
        try {
            return getRuntimeContext().getListState(
                    new ListStateDescriptor<>("posting", PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
        } catch (RuntimeException e) {
            throw new IllegalStateException("the reference index in this savepoint was written by an older release"
                    + " in another layout: resume it as a reference refresh with a new --reference-version"
                    + " (docs/operations.md, section 6)", e);
        }
    }

    private ProbeAnswer answer(Probe probe) throws Exception {
        int cap = ProbeAnswers.cap(probe.key, probe.nameTokens, settings);
        if (tooCommonKeys.getOrDefault(probe.key, 0) >= cap) {
            return ProbeAnswers.tooCommon(probe.awardId, probe.key, cap);
        }
        ProbeAnswer answer = ProbeAnswers.answer(probe.awardId, probe.key, probe.nameTokens,
                new Place(probe.state, probe.city, probe.zip5), cap,
                StoredPostingEntry.over(posting.get()), settings);
        if (answer.tooCommon) {
            tooCommonKeys.merge(probe.key, cap, Math::max);
        }
        // Only identifier keys can be duplicates; a name block is meant to hold many recipients.
        if (answer.postingSize > 1 && LookupKeys.isIdentifierKey(probe.key)) {
            duplicateIdentifiers.inc();
        }
        return answer;
    }
}

package dev.sbirenrich.pipeline;

import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.EnrichedAward;
import dev.sbirenrich.model.EnrichmentProgress;
import dev.sbirenrich.model.ProbeAnswer;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by award: gathers an award and the answers to all of its probes (they arrive in any order,
 * from different index partitions), then runs the match cascade and emits the enriched award.
 *
 * <p>State access is shaped for RocksDB: each arrival reads and writes only the small progress
 * value; answers are appended without a read, and the bulky award is written once and read once.
 */
public class EnrichmentFunction extends KeyedCoProcessFunction<String, Award, ProbeAnswer, EnrichedAward> {
    private final MatchingSettings settings;

    private transient ValueState<Award> award;
    private transient ListState<ProbeAnswer> answers;
    private transient ValueState<EnrichmentProgress> progress;
    private transient AwardEnricher enricher;
    private transient TestSwitches testSwitches;

    public EnrichmentFunction(MatchingSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext openContext) {
        award = getRuntimeContext().getState(new ValueStateDescriptor<>("award", Award.class));
        answers = getRuntimeContext().getListState(new ListStateDescriptor<>("answers", ProbeAnswer.class));
        progress = getRuntimeContext().getState(new ValueStateDescriptor<>("progress", EnrichmentProgress.class));
        enricher = new AwardEnricher(settings, getRuntimeContext().getMetricGroup());
        testSwitches = TestSwitches.of(getRuntimeContext());
    }

    @Override
    public void processElement1(Award arrived, Context ctx, Collector<EnrichedAward> out) throws Exception {
        testSwitches.onAward();
        EnrichmentProgress current = current();
        current.expected = arrived.keys.probeKeys.length;
        if (current.complete()) {
            emit(arrived, current, out);
        } else {
            award.update(arrived);
            progress.update(current);
        }
    }

    @Override
    public void processElement2(ProbeAnswer answer, Context ctx, Collector<EnrichedAward> out) throws Exception {
        EnrichmentProgress current = current();
        // Enrichment time runs from the first answer: answers only flow once the reference is
        // complete, so waiting for the reference load is not counted against an award.
        if (current.answers == 0) {
            current.startNanos = System.nanoTime();
        }
        current.answers++;
        answers.add(answer);
        if (current.complete()) {
            emit(award.value(), current, out);
        } else {
            progress.update(current);
        }
    }

    private EnrichmentProgress current() throws Exception {
        EnrichmentProgress current = progress.value();
        return current == null ? new EnrichmentProgress() : current;
    }

    private void emit(Award complete, EnrichmentProgress current, Collector<EnrichedAward> out) throws Exception {
        List<ProbeAnswer> all = new ArrayList<>(current.answers);
        if (current.answers > 0) {
            answers.get().forEach(all::add);
        }
        long start = current.startNanos == 0 ? System.nanoTime() : current.startNanos;
        out.collect(enricher.enrich(complete, all, start));
        award.clear();
        answers.clear();
        progress.clear();
    }
}

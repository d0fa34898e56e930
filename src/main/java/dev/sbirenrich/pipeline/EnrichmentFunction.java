package dev.sbirenrich.pipeline;

import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.EnrichedAward;
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
 */
public class EnrichmentFunction extends KeyedCoProcessFunction<String, Award, ProbeAnswer, EnrichedAward> {
    private final MatchingSettings settings;

    private transient ValueState<Award> award;
    private transient ListState<ProbeAnswer> answers;
    private transient ValueState<Integer> answerCount;
    private transient ValueState<Long> startNanos;
    private transient AwardEnricher enricher;
    private transient TestSwitches testSwitches;

    public EnrichmentFunction(MatchingSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext openContext) {
        award = getRuntimeContext().getState(new ValueStateDescriptor<>("award", Award.class));
        answers = getRuntimeContext().getListState(new ListStateDescriptor<>("answers", ProbeAnswer.class));
        answerCount = getRuntimeContext().getState(new ValueStateDescriptor<>("answer-count", Integer.class));
        startNanos = getRuntimeContext().getState(new ValueStateDescriptor<>("start-nanos", Long.class));
        enricher = new AwardEnricher(settings, getRuntimeContext().getMetricGroup());
        testSwitches = TestSwitches.of(getRuntimeContext());
    }

    @Override
    public void processElement1(Award arrived, Context ctx, Collector<EnrichedAward> out) throws Exception {
        testSwitches.onAward();
        int count = answerCount.value() == null ? 0 : answerCount.value();
        if (count == arrived.keys.probeKeys.length) {
            emit(arrived, out);
        } else {
            award.update(arrived);
        }
    }

    @Override
    public void processElement2(ProbeAnswer answer, Context ctx, Collector<EnrichedAward> out) throws Exception {
        // Enrichment time runs from the first answer: answers only flow once the reference is
        // complete, so waiting for the reference load is not counted against an award.
        if (startNanos.value() == null) {
            startNanos.update(System.nanoTime());
        }
        answers.add(answer);
        int count = (answerCount.value() == null ? 0 : answerCount.value()) + 1;
        Award waiting = award.value();
        if (waiting != null && count == waiting.keys.probeKeys.length) {
            emit(waiting, out);
        } else {
            answerCount.update(count);
        }
    }

    private void emit(Award complete, Collector<EnrichedAward> out) throws Exception {
        List<ProbeAnswer> all = new ArrayList<>();
        answers.get().forEach(all::add);
        Long start = startNanos.value();
        out.collect(enricher.enrich(complete, all, start == null ? System.nanoTime() : start));
        award.clear();
        answers.clear();
        answerCount.clear();
        startNanos.clear();
    }
}

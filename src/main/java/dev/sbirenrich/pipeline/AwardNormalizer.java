package dev.sbirenrich.pipeline;

import dev.sbirenrich.matching.AwardKeyer;
import dev.sbirenrich.metrics.InputMetrics;
import dev.sbirenrich.metrics.MetricNames;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.AwardKeys;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Routes unreadable award rows to the rejected side output, and gives every readable award its
 * normalized identifiers, name, place and probe keys before it goes on to enrichment.
 */
public class AwardNormalizer extends ProcessFunction<Award, Award> {
    private transient InputMetrics input;

    @Override
    public void open(OpenContext openContext) {
        input = new InputMetrics(getRuntimeContext().getMetricGroup(), MetricNames.AWARDS_PREFIX);
    }

    @Override
    public void processElement(Award award, Context ctx, Collector<Award> out) {
        if (!input.read(award.sourceFile, award.rejection)) {
            ctx.output(OutputTags.REJECTED, award.rejection);
            return;
        }
        AwardKeys keys = AwardKeyer.keysFor(award);
        input.invalidIdentifier(keys.ueiStatus);
        input.invalidIdentifier(keys.dunsStatus);
        award.keys = keys;
        out.collect(award);
    }
}

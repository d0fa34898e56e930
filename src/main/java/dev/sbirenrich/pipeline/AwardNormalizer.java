package dev.sbirenrich.pipeline;

import dev.sbirenrich.matching.AwardKeyer;
import dev.sbirenrich.metrics.InputMetrics;
import dev.sbirenrich.metrics.MetricNames;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.AwardColumns;
import dev.sbirenrich.model.AwardKeys;
import dev.sbirenrich.model.IdentifierStatus;
import dev.sbirenrich.model.Probe;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Routes unreadable award rows to the rejected side output, and gives every readable award its
 * normalised keys: the award goes on to enrichment and one probe per lookup key goes to the
 * reference index.
 */
public class AwardNormalizer extends ProcessFunction<Award, Award> {
    private transient Counter read;
    private transient Counter rejected;
    private transient Counter invalidIdentifiers;
    private transient InputMetrics input;

    @Override
    public void open(OpenContext openContext) {
        var group = getRuntimeContext().getMetricGroup();
        read = group.counter(MetricNames.AWARDS_READ);
        rejected = group.counter(MetricNames.AWARDS_REJECTED);
        invalidIdentifiers = group.counter(MetricNames.INVALID_IDENTIFIERS);
        input = new InputMetrics(group, MetricNames.AWARDS_PREFIX);
    }

    @Override
    public void processElement(Award award, Context ctx, Collector<Award> out) {
        read.inc();
        input.seen(award.sourceFile);
        if (award.rejection != null) {
            rejected.inc();
            input.rejected(award.rejection.reason);
            ctx.output(OutputTags.REJECTED, award.rejection);
            return;
        }
        AwardKeys keys = AwardKeyer.keysFor(
                award.get(AwardColumns.COMPANY),
                award.get(AwardColumns.UEI),
                award.get(AwardColumns.DUNS),
                award.get(AwardColumns.CITY),
                award.get(AwardColumns.STATE),
                award.get(AwardColumns.ZIP));
        if (keys.ueiStatus == IdentifierStatus.INVALID) {
            invalidIdentifiers.inc();
        }
        if (keys.dunsStatus == IdentifierStatus.INVALID) {
            invalidIdentifiers.inc();
        }
        award.keys = keys;
        out.collect(award);
        String awardId = award.awardId();
        for (String key : keys.probeKeys) {
            ctx.output(OutputTags.PROBES, new Probe(key, awardId, keys.nameTokens));
        }
    }
}

package dev.sbirenrich.pipeline;

import dev.sbirenrich.matching.Identifiers;
import dev.sbirenrich.matching.RecipientKeyer;
import dev.sbirenrich.metrics.InputMetrics;
import dev.sbirenrich.metrics.MetricNames;
import dev.sbirenrich.model.IdentifierStatus;
import dev.sbirenrich.model.IndexEntry;
import dev.sbirenrich.model.Recipient;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Normalises a recipient's identifiers and name once, at load time, and files it under each of its
 * lookup keys; unreadable rows go to the rejected side output.
 */
public class RecipientNormalizer extends ProcessFunction<Recipient, IndexEntry> {
    private transient Counter read;
    private transient Counter rejected;
    private transient Counter invalidIdentifiers;
    private transient InputMetrics input;

    @Override
    public void open(OpenContext openContext) {
        var group = getRuntimeContext().getMetricGroup();
        read = group.counter(MetricNames.RECIPIENTS_READ);
        rejected = group.counter(MetricNames.RECIPIENTS_REJECTED);
        invalidIdentifiers = group.counter(MetricNames.INVALID_IDENTIFIERS);
        input = new InputMetrics(group, MetricNames.RECIPIENTS_PREFIX);
    }

    @Override
    public void processElement(Recipient raw, Context ctx, Collector<IndexEntry> out) {
        read.inc();
        input.seen(raw.sourceFile);
        if (raw.rejection != null) {
            rejected.inc();
            input.rejected(raw.rejection.reason);
            ctx.output(OutputTags.REJECTED, raw.rejection);
            return;
        }
        Recipient recipient = RecipientKeyer.normalise(raw);
        if (Identifiers.ueiStatus(raw.uei) == IdentifierStatus.INVALID) {
            invalidIdentifiers.inc();
        }
        if (Identifiers.dunsStatus(raw.duns) == IdentifierStatus.INVALID) {
            invalidIdentifiers.inc();
        }
        for (String key : RecipientKeyer.indexKeysFor(recipient)) {
            out.collect(new IndexEntry(key, recipient));
        }
    }
}

package dev.sbirenrich.pipeline;

import dev.sbirenrich.matching.Identifiers;
import dev.sbirenrich.matching.RecipientKeyer;
import dev.sbirenrich.metrics.InputMetrics;
import dev.sbirenrich.metrics.MetricNames;
import dev.sbirenrich.model.IndexEntry;
import dev.sbirenrich.model.Recipient;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Normalises a recipient's identifiers and name once, at load time, encodes it once in the index's
 * stored form and files it under each of its lookup keys; unreadable rows go to the rejected side
 * output.
 */
public class RecipientNormalizer extends ProcessFunction<Recipient, IndexEntry> {
    private transient InputMetrics input;

    @Override
    public void open(OpenContext openContext) {
        input = new InputMetrics(getRuntimeContext().getMetricGroup(), MetricNames.RECIPIENTS_PREFIX);
    }

    @Override
    public void processElement(Recipient raw, Context ctx, Collector<IndexEntry> out) {
        if (!input.read(raw.sourceFile, raw.rejection)) {
            ctx.output(OutputTags.REJECTED, raw.rejection);
            return;
        }
        Recipient recipient = RecipientKeyer.normalise(raw);
        input.invalidIdentifier(Identifiers.ueiStatus(raw.uei));
        input.invalidIdentifier(Identifiers.dunsStatus(raw.duns));
        byte[] stored = StoredPostingEntry.encode(recipient);
        for (String key : RecipientKeyer.indexKeysFor(recipient)) {
            out.collect(new IndexEntry(key, stored));
        }
    }
}

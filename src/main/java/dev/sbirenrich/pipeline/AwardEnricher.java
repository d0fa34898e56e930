package dev.sbirenrich.pipeline;

import dev.sbirenrich.matching.MatchCascade;
import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.metrics.EnrichmentMetrics;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.EnrichedAward;
import dev.sbirenrich.model.ProbeAnswer;
import java.util.List;
import org.apache.flink.metrics.MetricGroup;

/** The last step of both state layouts: decide the match from the probe answers and record it. */
final class AwardEnricher {
    private final MatchCascade cascade;
    private final EnrichmentMetrics metrics;

    AwardEnricher(MatchingSettings settings, MetricGroup metricGroup) {
        this.cascade = new MatchCascade(settings);
        this.metrics = new EnrichmentMetrics(metricGroup);
    }

    EnrichedAward enrich(Award award, List<ProbeAnswer> answers, long startNanos) {
        var match = cascade.decide(award.keys, answers);
        var result = new EnrichedAward(award, match, System.nanoTime() - startNanos);
        metrics.record(result);
        return result;
    }
}

package dev.sbirenrich.metrics;

import dev.sbirenrich.model.EnrichedAward;
import dev.sbirenrich.model.MatchMethod;
import java.util.EnumMap;
import java.util.Map;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;

/** The metrics of an enrichment operator, whichever state layout it uses. */
public final class EnrichmentMetrics {
    private static final int HISTOGRAM_WINDOW = 10_000;

    private final Counter enriched;
    private final Map<MatchMethod, Counter> byMethod = new EnumMap<>(MatchMethod.class);
    /** Microseconds: an award takes tens of them, so whole milliseconds would read 0. */
    private final Histogram enrichmentTimeMicros;
    private final Histogram candidatesExamined;
    private final Histogram acceptedScore;
    private final Histogram candidateScore;
    private long matched;

    public EnrichmentMetrics(MetricGroup group) {
        enriched = group.counter(MetricNames.AWARDS_ENRICHED);
        for (MatchMethod method : MatchMethod.values()) {
            byMethod.put(method, group.counter(MetricNames.enrichedBy(method.label())));
        }
        group.gauge(MetricNames.MATCH_RATE, (Gauge<Double>) this::matchRate);
        enrichmentTimeMicros = group.histogram(MetricNames.ENRICHMENT_TIME_MICROS, new DescriptiveStatisticsHistogram(HISTOGRAM_WINDOW));
        candidatesExamined = group.histogram(MetricNames.CANDIDATES_EXAMINED, new DescriptiveStatisticsHistogram(HISTOGRAM_WINDOW));
        acceptedScore = group.histogram(MetricNames.ACCEPTED_SCORE_PERCENT, new DescriptiveStatisticsHistogram(HISTOGRAM_WINDOW));
        candidateScore = group.histogram(MetricNames.CANDIDATE_SCORE_PERCENT, new DescriptiveStatisticsHistogram(HISTOGRAM_WINDOW));
    }

    public void record(EnrichedAward result) {
        MatchMethod method = result.match.method;
        enriched.inc();
        byMethod.get(method).inc();
        if (method.matched()) {
            matched++;
        }
        enrichmentTimeMicros.update(result.enrichNanos / 1_000);
        candidatesExamined.update(result.match.candidatesExamined);
        long percent = Math.round(result.match.score * 100);
        if (method == MatchMethod.NAME_FUZZY_AUTO) {
            acceptedScore.update(percent);
        } else if (method == MatchMethod.NAME_FUZZY_CANDIDATE) {
            candidateScore.update(percent);
        }
    }

    /** Share of this subtask's awards with a recipient attached (candidates do not count). */
    private double matchRate() {
        long total = enriched.getCount();
        return total == 0 ? 0.0 : (double) matched / total;
    }
}

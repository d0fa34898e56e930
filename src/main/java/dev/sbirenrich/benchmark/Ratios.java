package dev.sbirenrich.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The side-by-side figures: how many times faster and lighter the keyed job is than each peer
 * (peer / keyed, so above 1 favours the job) and its match-rate lead in percentage points.
 */
final class Ratios {
    private Ratios() {}

    static Map<String, Double> of(BenchmarkResult result) {
        Map<String, Double> ratios = new LinkedHashMap<>();
        Map<String, Double> keyed = result.median(Contender.FLINK_KEYED);
        for (Contender peer : Contender.values()) {
            if (peer == Contender.FLINK_KEYED) {
                continue;
            }
            Map<String, Double> other = result.median(peer);
            put(ratios, peer.label + "_wall_time_ratio", quotient(other, keyed, BenchmarkMetrics.WALL_SECONDS));
            put(ratios, peer.label + "_peak_rss_ratio", quotient(other, keyed, BenchmarkMetrics.PEAK_RSS_MB));
            Double ours = keyed.get(BenchmarkMetrics.MATCH_RATE);
            Double theirs = other.get(BenchmarkMetrics.MATCH_RATE);
            put(ratios, "match_rate_lead_over_" + peer.label + "_pp",
                    ours == null || theirs == null ? null : BenchmarkMetrics.round((ours - theirs) * 100));
            Double ourPrecision = keyed.get(BenchmarkMetrics.PRECISION);
            Double theirPrecision = other.get(BenchmarkMetrics.PRECISION);
            put(ratios, "precision_lead_over_" + peer.label + "_pp", ourPrecision == null || theirPrecision == null
                    ? null : BenchmarkMetrics.round((ourPrecision - theirPrecision) * 100));
        }
        return ratios;
    }

    private static Double quotient(Map<String, Double> numerator, Map<String, Double> denominator, String metric) {
        Double n = numerator.get(metric);
        Double d = denominator.get(metric);
        return n == null || d == null || d == 0 ? null : BenchmarkMetrics.round(n / d);
    }

    private static void put(Map<String, Double> ratios, String name, Double value) {
        if (value != null) {
            ratios.put(name, value);
        }
    }
}

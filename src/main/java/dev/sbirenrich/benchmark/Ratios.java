package dev.sbirenrich.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each contender of ours (the job's, and its code without Flink) set against the DuckDB peer measured in the same benchmark, from the
 * medians: its time over the peer's (below 1 favours the job), the peer's wall time over its own
 * ("times faster", above 1 favours the job), CPU time and peak RSS over the peer's, and its match
 * rate and precision lead in percentage points; plus the cold run's wall time over the warm run's
 * (what building the snapshot costs). Keys are {@code <contender>_<figure>}.
 */
final class Ratios {
    /** One figure of the side-by-side table: key suffix and label. */
    record Row(String suffix, String label) {}

    static final String WALL_OVER_PEER = "wall_time_over_duckdb";
    static final String TIMES_FASTER = "times_faster_than_duckdb";
    static final String CPU_OVER_PEER = "cpu_time_over_duckdb";
    static final String RSS_OVER_PEER = "peak_rss_over_duckdb";
    static final String MATCH_RATE_LEAD = "match_rate_lead_over_duckdb_pp";
    static final String PRECISION_LEAD = "precision_lead_over_duckdb_pp";
    static final String WALL_OVER_WARM = "wall_time_over_flink-warm";

    static final List<Row> ROWS = List.of(
            new Row(WALL_OVER_PEER, "wall time / DuckDB's"),
            new Row(TIMES_FASTER, "times faster than DuckDB (DuckDB's wall time / ours)"),
            new Row(CPU_OVER_PEER, "CPU time / DuckDB's"),
            new Row(RSS_OVER_PEER, "peak RSS / DuckDB's"),
            new Row(MATCH_RATE_LEAD, "match rate lead over DuckDB (points)"),
            new Row(PRECISION_LEAD, "precision lead over DuckDB (points)"),
            new Row(WALL_OVER_WARM, "wall time / flink-warm's"));

    private Ratios() {}

    static String key(String contender, String suffix) {
        return contender + "_" + suffix;
    }

    static Map<String, Double> of(BenchmarkResult result) {
        Map<String, Double> ratios = new LinkedHashMap<>();
        Map<String, Double> peer = result.median(Contender.PEER);
        Map<String, Double> warm = result.median(Contender.FLINK_WARM);
        for (Contender c : Contender.values()) {
            if (c == Contender.PEER) {
                continue;
            }
            Map<String, Double> ours = result.median(c);
            String label = c.label;
            put(ratios, key(label, WALL_OVER_PEER), quotient(ours, peer, BenchmarkMetrics.WALL_SECONDS));
            put(ratios, key(label, TIMES_FASTER), quotient(peer, ours, BenchmarkMetrics.WALL_SECONDS));
            put(ratios, key(label, CPU_OVER_PEER), quotient(ours, peer, BenchmarkMetrics.CPU_SECONDS));
            put(ratios, key(label, RSS_OVER_PEER), quotient(ours, peer, BenchmarkMetrics.PEAK_RSS_MB));
            put(ratios, key(label, MATCH_RATE_LEAD), lead(ours, peer, BenchmarkMetrics.MATCH_RATE));
            put(ratios, key(label, PRECISION_LEAD), lead(ours, peer, BenchmarkMetrics.PRECISION));
            if (c != Contender.FLINK_WARM) {
                put(ratios, key(label, WALL_OVER_WARM), quotient(ours, warm, BenchmarkMetrics.WALL_SECONDS));
            }
        }
        return ratios;
    }

    private static Double quotient(Map<String, Double> numerator, Map<String, Double> denominator, String metric) {
        Double n = numerator.get(metric);
        Double d = denominator.get(metric);
        return n == null || d == null || d == 0 ? null : BenchmarkMetrics.round(n / d);
    }

    private static Double lead(Map<String, Double> ours, Map<String, Double> theirs, String metric) {
        Double a = ours.get(metric);
        Double b = theirs.get(metric);
        return a == null || b == null ? null : BenchmarkMetrics.round((a - b) * 100);
    }

    private static void put(Map<String, Double> ratios, String name, Double value) {
        if (value != null) {
            ratios.put(name, value);
        }
    }
}

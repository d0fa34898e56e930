package dev.sbirenrich.benchmark;

import java.util.List;
import java.util.Locale;

/** Labels and number formats of the measured figures, shared by the Markdown and HTML reports. */
final class Figures {
    /** One figure: its metric key, its label, and whether it is a share shown as a percentage. */
    record Figure(String key, String label, boolean share) {}

    static final List<Figure> ALL = List.of(
            new Figure(BenchmarkMetrics.WALL_SECONDS, "wall time, process start to exit (s)", false),
            new Figure(BenchmarkMetrics.CPU_SECONDS, "CPU time, user + system (s)", false),
            new Figure(BenchmarkMetrics.REFERENCE_PHASE_SECONDS, "reference phase: snapshot built or found (s)", false),
            new Figure(BenchmarkMetrics.REFERENCE_ROWS, "reference rows in the snapshot", false),
            new Figure(BenchmarkMetrics.BUILD_ROWS_PER_SECOND, "snapshot build rate (recipients/s)", false),
            new Figure(BenchmarkMetrics.AWARD_PHASE_SECONDS, "award phase: wall time minus reference phase (s)", false),
            new Figure(BenchmarkMetrics.AWARDS_PER_SECOND, "award rate over the award phase (awards/s)", false),
            new Figure(BenchmarkMetrics.RUN_SUMMARY_WALL_SECONDS, "wall time inside the JVM (run summary) (s)", false),
            new Figure(BenchmarkMetrics.STARTUP_SECONDS, "process start until the job runs (s)", false),
            new Figure(BenchmarkMetrics.LATENCY_P50_MS, "enrichment latency p50 (ms)", false),
            new Figure(BenchmarkMetrics.LATENCY_P99_MS, "enrichment latency p99 (ms)", false),
            new Figure(BenchmarkMetrics.LOAD_SECONDS, "read, normalize and load both inputs (s)", false),
            new Figure(BenchmarkMetrics.MATCH_SECONDS, "SQL matching and output (s)", false),
            new Figure(BenchmarkMetrics.PEAK_RSS_MB, "peak RSS (MiB)", false),
            new Figure(BenchmarkMetrics.PEAK_HEAP_MB, "peak Java heap used (MiB)", false),
            new Figure(BenchmarkMetrics.CHECKPOINTS, "checkpoints completed", false),
            new Figure(BenchmarkMetrics.CHECKPOINT_MAX_SIZE_MB, "largest checkpoint, written (MiB)", false),
            new Figure(BenchmarkMetrics.CHECKPOINT_MAX_STATE_MB, "largest checkpoint, full state (MiB)", false),
            new Figure(BenchmarkMetrics.CHECKPOINT_MAX_MS, "slowest checkpoint (ms)", false),
            new Figure(BenchmarkMetrics.CHECKPOINT_AVG_MS, "mean checkpoint duration (ms)", false),
            new Figure(BenchmarkMetrics.PRECISION, "precision of accepted matches", true),
            new Figure(BenchmarkMetrics.RECALL, "recall", true),
            new Figure(BenchmarkMetrics.MATCH_RATE, "match rate (recipient attached)", true));

    /** Figures shown as trend charts over the history. */
    static final List<Figure> TRENDS = List.of(of(BenchmarkMetrics.WALL_SECONDS),
            of(BenchmarkMetrics.REFERENCE_PHASE_SECONDS), of(BenchmarkMetrics.CPU_SECONDS),
            of(BenchmarkMetrics.PEAK_RSS_MB), of(BenchmarkMetrics.MATCH_RATE));

    private Figures() {}

    static Figure of(String key) {
        return ALL.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figure " + key));
    }

    static String format(Figure figure, Double value) {
        if (value == null) {
            return "–";
        }
        if (figure.share()) {
            return String.format(Locale.ROOT, "%.2f%%", value * 100);
        }
        return Math.abs(value) >= 1000 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}

package dev.sbirenrich.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sbirenrich.run.RunSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names of the measured figures (keys of a run's metric map) and their derivation from the run
 * summary and what the REST poller saw. Times are seconds; sizes MiB.
 */
final class BenchmarkMetrics {
    /** Process start to exit, measured from outside: JVM start and shutdown included. */
    static final String WALL_SECONDS = "wall_seconds";
    /** User + system CPU time of the whole process. */
    static final String CPU_SECONDS = "cpu_seconds";
    /** run-summary.json's reference_load_ms: the snapshot built (cold) or found in the store (warm). */
    static final String REFERENCE_PHASE_SECONDS = "reference_phase_seconds";
    /** run-summary.json's reference_rows: recipients indexed in the snapshot. */
    static final String REFERENCE_ROWS = "reference_rows";
    /** Snapshot build rate, reference rows / reference phase: cold runs (a built snapshot) only. */
    static final String BUILD_ROWS_PER_SECOND = "build_rows_per_second";
    /** Wall time minus the reference phase: JVM and cluster start-up, the awards, output, shutdown. */
    static final String AWARD_PHASE_SECONDS = "award_phase_seconds";
    /** Awards enriched / award phase. */
    static final String AWARDS_PER_SECOND = "awards_per_second";
    /** run-summary.json's wall_time_ms: inside the JVM, from before the reference phase to the summary. */
    static final String RUN_SUMMARY_WALL_SECONDS = "run_summary_wall_seconds";
    static final String STARTUP_SECONDS = "startup_seconds";
    static final String LATENCY_P50_MS = "enrichment_latency_p50_ms";
    static final String LATENCY_P99_MS = "enrichment_latency_p99_ms";
    static final String PEAK_RSS_MB = "peak_rss_mb";
    static final String PEAK_HEAP_MB = "peak_heap_mb";
    static final String CHECKPOINTS = "checkpoints_completed";
    static final String CHECKPOINT_MAX_SIZE_MB = "checkpoint_max_size_mb";
    static final String CHECKPOINT_MAX_STATE_MB = "checkpoint_max_state_mb";
    static final String CHECKPOINT_MAX_MS = "checkpoint_max_duration_ms";
    static final String CHECKPOINT_AVG_MS = "checkpoint_avg_duration_ms";
    static final String LOAD_SECONDS = "load_seconds";
    static final String MATCH_SECONDS = "match_and_write_seconds";
    static final String PRECISION = "precision";
    static final String RECALL = "recall";
    static final String MATCH_RATE = "match_rate";

    private static final double MIB = 1024.0 * 1024.0;

    private BenchmarkMetrics() {}

    /**
     * A Flink run's phases from its run summary and the process's wall time: the reference phase is
     * the summary's reference_load_ms (the recipients fingerprinted, then the snapshot built, or
     * found in the store), the award phase everything else. The build rate is only set when the run
     * built its snapshot.
     */
    static Map<String, Double> phases(RunSummary summary, double wallSeconds) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(RUN_SUMMARY_WALL_SECONDS, seconds(summary.wallTimeMs));
        if (summary.referenceRows != null) {
            m.put(REFERENCE_ROWS, summary.referenceRows.doubleValue());
        }
        if (summary.referenceLoadMs == null) {
            return m;
        }
        double reference = seconds(summary.referenceLoadMs);
        m.put(REFERENCE_PHASE_SECONDS, reference);
        if (Boolean.FALSE.equals(summary.referenceReused) && summary.referenceRows != null && reference > 0) {
            m.put(BUILD_ROWS_PER_SECOND, round(summary.referenceRows / reference));
        }
        double awards = round(wallSeconds - reference);
        m.put(AWARD_PHASE_SECONDS, awards);
        if (awards > 0) {
            m.put(AWARDS_PER_SECOND, round(summary.awardsEnriched / awards));
        }
        return m;
    }

    /**
     * What the REST API showed of a Flink run: start-up until the job was RUNNING (the reference
     * phase comes first, so it is included), the enrichment latency and the checkpoints.
     */
    static Map<String, Double> flink(FlinkRestPoller.Observed seen, MeasuredProcess.Outcome outcome) {
        Map<String, Double> m = new LinkedHashMap<>();
        JsonNode job = seen.job();
        if (job != null) {
            long running = job.path("timestamps").path("RUNNING").asLong(0);
            if (running > 0) {
                m.put(STARTUP_SECONDS, seconds(running - outcome.startEpochMillis()));
            }
        }
        m.put(LATENCY_P50_MS, millis(seen.latencyP50()));
        m.put(LATENCY_P99_MS, millis(seen.latencyP99()));
        checkpoints(seen.checkpoints(), m);
        return m;
    }

    /** Each vertex's start and end in seconds after the process start: where the time went. */
    /** The job's histogram counts microseconds; the benchmark reports milliseconds. */
    private static Double millis(Double micros) {
        return micros == null ? null : micros / 1000.0;
    }

    static Map<String, List<Double>> timeline(JsonNode job, long processStartEpochMillis) {
        Map<String, List<Double>> timeline = new LinkedHashMap<>();
        if (job == null) {
            return timeline;
        }
        for (JsonNode v : job.path("vertices")) {
            long begin = v.path("start-time").asLong(-1);
            long end = v.path("end-time").asLong(-1);
            timeline.put(v.path("name").asText(), List.of(
                    begin > 0 ? seconds(begin - processStartEpochMillis) : -1.0,
                    end > 0 ? seconds(end - processStartEpochMillis) : -1.0));
        }
        return timeline;
    }

    /** The counter samples that differ from the one before: how the awards progressed. */
    static List<List<Double>> counters(List<FlinkRestPoller.Sample> samples, long processStartEpochMillis) {
        List<List<Double>> rows = new ArrayList<>();
        List<Double> previous = null;
        for (FlinkRestPoller.Sample s : samples) {
            List<Double> values = FlinkRestPoller.COUNTERS.stream().map(c -> s.sums().getOrDefault(c, 0.0)).toList();
            if (!values.equals(previous)) {
                List<Double> row = new ArrayList<>();
                row.add(seconds(s.epochMillis() - processStartEpochMillis));
                row.addAll(values);
                rows.add(row);
                previous = values;
            }
        }
        return rows;
    }

    private static void checkpoints(JsonNode stats, Map<String, Double> m) {
        if (stats == null) {
            return;
        }
        m.put(CHECKPOINTS, stats.path("counts").path("completed").asDouble());
        double maxSize = 0;
        double maxState = 0;
        double maxMs = 0;
        double totalMs = 0;
        int completed = 0;
        for (JsonNode c : stats.path("history")) {
            if (!"COMPLETED".equals(c.path("status").asText())) {
                continue;
            }
            completed++;
            maxSize = Math.max(maxSize, c.path("checkpointed_size").asDouble());
            maxState = Math.max(maxState, c.path("state_size").asDouble());
            maxMs = Math.max(maxMs, c.path("end_to_end_duration").asDouble());
            totalMs += c.path("end_to_end_duration").asDouble();
        }
        if (completed > 0) {
            m.put(CHECKPOINT_MAX_SIZE_MB, round(maxSize / MIB));
            m.put(CHECKPOINT_MAX_STATE_MB, round(maxState / MIB));
            m.put(CHECKPOINT_MAX_MS, maxMs);
            m.put(CHECKPOINT_AVG_MS, round(totalMs / completed));
        }
    }

    static double seconds(long millis) {
        return Math.round(millis / 10.0) / 100.0;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

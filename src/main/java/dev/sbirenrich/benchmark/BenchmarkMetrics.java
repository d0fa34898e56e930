package dev.sbirenrich.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sbirenrich.metrics.MetricNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Names of the measured figures (keys of a run's metric map) and their derivation from what the
 * REST poller saw. Times are seconds from the process start; sizes MiB.
 */
final class BenchmarkMetrics {
    static final String WALL_SECONDS = "wall_seconds";
    static final String STARTUP_SECONDS = "startup_seconds";
    static final String REFERENCE_LOAD_SECONDS = "reference_load_seconds";
    static final String REFERENCE_ROWS_PER_SECOND = "reference_rows_per_second";
    static final String AWARD_PHASE_SECONDS = "award_phase_seconds";
    static final String AWARDS_PER_SECOND = "awards_per_second";
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
     * The Flink run's figures. Reference load runs from the recipients source's start (JobManager
     * timestamp) until the recipientsRead counter was first seen at the file's row count; the award
     * phase from there until awardsEnriched was first seen at the run's enriched total (or, if no
     * poll saw that, until the process exit: an upper bound). Counters are as fresh as the metric
     * fetcher interval plus one poll, so both ends carry up to about 0.75 s of error.
     */
    static Map<String, Double> flink(FlinkRestPoller.Observed seen, MeasuredProcess.Outcome outcome,
            long recipientRows, long awardsEnriched) {
        Map<String, Double> m = new LinkedHashMap<>();
        long start = outcome.startEpochMillis();
        long exit = start + Math.round(outcome.wallSeconds() * 1000);
        JsonNode job = seen.job();
        if (job != null) {
            long running = job.path("timestamps").path("RUNNING").asLong(0);
            if (running > 0) {
                m.put(STARTUP_SECONDS, seconds(running - start));
            }
            JsonNode recipients = vertex(job, "Recipients");
            OptionalLong loaded = firstReaching(seen.samples(), MetricNames.RECIPIENTS_READ, recipientRows);
            if (recipients != null && recipients.path("start-time").asLong(-1) > 0 && loaded.isPresent()) {
                double load = seconds(loaded.getAsLong() - recipients.path("start-time").asLong());
                m.put(REFERENCE_LOAD_SECONDS, load);
                m.put(REFERENCE_ROWS_PER_SECOND, load > 0 ? round(recipientRows / load) : null);
                long done = firstReaching(seen.samples(), MetricNames.AWARDS_ENRICHED, awardsEnriched).orElse(exit);
                double phase = seconds(done - loaded.getAsLong());
                m.put(AWARD_PHASE_SECONDS, phase);
                m.put(AWARDS_PER_SECOND, phase > 0 ? round(awardsEnriched / phase) : null);
            }
        }
        m.put(LATENCY_P50_MS, seen.latencyP50());
        m.put(LATENCY_P99_MS, seen.latencyP99());
        checkpoints(seen.checkpoints(), m);
        return m;
    }

    /** Each vertex's start and end in seconds after the process start: where the time went. */
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

    /** The counter samples that differ from the one before: how the load and the awards progressed. */
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

    /** When a counter's sum over subtasks was first seen at {@code total} or above. */
    private static OptionalLong firstReaching(List<FlinkRestPoller.Sample> samples, String counter, long total) {
        for (FlinkRestPoller.Sample s : samples) {
            if (s.sums().getOrDefault(counter, 0.0) >= total) {
                return OptionalLong.of(s.epochMillis());
            }
        }
        return OptionalLong.empty();
    }

    private static JsonNode vertex(JsonNode job, String nameContains) {
        for (JsonNode v : job.path("vertices")) {
            if (v.path("name").asText().contains(nameContains)) {
                return v;
            }
        }
        return null;
    }

    static double seconds(long millis) {
        return Math.round(millis / 10.0) / 100.0;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

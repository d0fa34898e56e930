package dev.sbirenrich.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sbirenrich.metrics.MetricNames;
import dev.sbirenrich.run.RunSummary;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figures derived from a run's summary and from what the REST poller saw, on hand-made inputs. */
class BenchmarkMetricsTest {
    private static final long START = 1_000_000L;
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode job() throws IOException {
        return json.readTree("""
                {"state":"RUNNING","timestamps":{"RUNNING":1005000},
                 "vertices":[
                   {"name":"Source: Awards -> AwardNormalizer","start-time":1006000,"end-time":1010000},
                   {"name":"Snapshot enrichment -> EnrichedSink: Writer","start-time":1006000,"end-time":-1}]}
                """);
    }

    private JsonNode checkpoints() throws IOException {
        return json.readTree("""
                {"counts":{"completed":2},
                 "history":[
                   {"status":"COMPLETED","checkpointed_size":2097152,"state_size":4194304,"end_to_end_duration":300},
                   {"status":"FAILED","checkpointed_size":99999999,"state_size":99999999,"end_to_end_duration":9000},
                   {"status":"COMPLETED","checkpointed_size":1048576,"state_size":8388608,"end_to_end_duration":100}]}
                """);
    }

    private static RunSummary summary(boolean reused, long referenceMs) {
        RunSummary s = new RunSummary();
        s.referenceSnapshot = "abc";
        s.referenceReused = reused;
        s.referenceRows = 20_000L;
        s.referenceLoadMs = referenceMs;
        s.awardsEnriched = 5_000;
        s.wallTimeMs = 9_000;
        return s;
    }

    private static FlinkRestPoller.Sample sample(long at, double awards) {
        return new FlinkRestPoller.Sample(at, Map.of(MetricNames.AWARDS_ENRICHED, awards));
    }

    @Test
    void aColdRunSplitsItsWallTimeIntoTheSnapshotBuildAndTheAwards() {
        Map<String, Double> m = BenchmarkMetrics.phases(summary(false, 2_000), 12.0);

        assertThat(m).containsEntry(BenchmarkMetrics.REFERENCE_PHASE_SECONDS, 2.0)
                .containsEntry(BenchmarkMetrics.REFERENCE_ROWS, 20_000.0)
                .containsEntry(BenchmarkMetrics.BUILD_ROWS_PER_SECOND, 10_000.0)
                .containsEntry(BenchmarkMetrics.AWARD_PHASE_SECONDS, 10.0)
                .containsEntry(BenchmarkMetrics.AWARDS_PER_SECOND, 500.0)
                .containsEntry(BenchmarkMetrics.RUN_SUMMARY_WALL_SECONDS, 9.0);
    }

    @Test
    void aWarmRunHasALookupInsteadOfABuildAndNoBuildRate() {
        Map<String, Double> m = BenchmarkMetrics.phases(summary(true, 250), 10.25);

        assertThat(m).containsEntry(BenchmarkMetrics.REFERENCE_PHASE_SECONDS, 0.25)
                .containsEntry(BenchmarkMetrics.AWARD_PHASE_SECONDS, 10.0)
                .containsEntry(BenchmarkMetrics.AWARDS_PER_SECOND, 500.0)
                .doesNotContainKey(BenchmarkMetrics.BUILD_ROWS_PER_SECOND);
    }

    @Test
    void aSummaryWithoutTheReferencePhaseGivesNoPhases() {
        RunSummary s = summary(false, 0);
        s.referenceLoadMs = null;
        assertThat(BenchmarkMetrics.phases(s, 12.0)).doesNotContainKeys(BenchmarkMetrics.REFERENCE_PHASE_SECONDS,
                BenchmarkMetrics.AWARD_PHASE_SECONDS, BenchmarkMetrics.BUILD_ROWS_PER_SECOND);
    }

    @Test
    void restFiguresAreStartUpLatencyAndCheckpoints() throws IOException {
        var seen = new FlinkRestPoller.Observed(job(), checkpoints(), List.of(sample(1_020_000, 500)), 3_000.0, 40_000.0);
        var outcome = new MeasuredProcess.Outcome(0, 30.0, 900.0, START, 41.5);

        assertThat(BenchmarkMetrics.flink(seen, outcome)).containsEntry(BenchmarkMetrics.STARTUP_SECONDS, 5.0)
                .containsEntry(BenchmarkMetrics.LATENCY_P50_MS, 3.0)
                .containsEntry(BenchmarkMetrics.LATENCY_P99_MS, 40.0)
                .containsEntry(BenchmarkMetrics.CHECKPOINTS, 2.0)
                .containsEntry(BenchmarkMetrics.CHECKPOINT_MAX_SIZE_MB, 2.0)
                .containsEntry(BenchmarkMetrics.CHECKPOINT_MAX_STATE_MB, 8.0)
                .containsEntry(BenchmarkMetrics.CHECKPOINT_MAX_MS, 300.0)
                .containsEntry(BenchmarkMetrics.CHECKPOINT_AVG_MS, 200.0);
        var nothingSeen = new FlinkRestPoller.Observed(null, null, List.of(), null, null);
        assertThat(BenchmarkMetrics.flink(nothingSeen, outcome))
                .doesNotContainKeys(BenchmarkMetrics.STARTUP_SECONDS, BenchmarkMetrics.CHECKPOINTS);
    }

    @Test
    void timelineAndCounterProgressAreRelativeToTheProcessStart() throws IOException {
        assertThat(BenchmarkMetrics.timeline(job(), START))
                .containsEntry("Source: Awards -> AwardNormalizer", List.of(6.0, 10.0))
                .containsEntry("Snapshot enrichment -> EnrichedSink: Writer", List.of(6.0, -1.0));
        assertThat(BenchmarkMetrics.counters(List.of(sample(1_001_000, 0), sample(1_002_000, 0),
                sample(1_003_500, 10)), START))
                .containsExactly(List.of(1.0, 0.0), List.of(3.5, 10.0));
    }

    @Test
    void cpuTimeIsTheReapedChildrensUserAndSystemTicks() {
        // Fields 16 and 17 (cutime, cstime); the command name may hold spaces and parentheses.
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 350 40 1234 567 20 0 30 0 1 2 3";
        assertThat(MeasuredProcess.childrenCpuTicks(stat)).isEqualTo(1234 + 567);
        assertThat(MeasuredProcess.childrenCpuTicks(java.nio.file.Path.of("/nonexistent/stat"))).isEqualTo(-1);
    }
}

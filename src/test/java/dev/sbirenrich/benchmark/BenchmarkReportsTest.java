package dev.sbirenrich.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkReportsTest {
    private static RunRecord run(double wall, double rss, double matchRate) {
        RunRecord r = new RunRecord();
        r.metrics.put(BenchmarkMetrics.WALL_SECONDS, wall);
        r.metrics.put(BenchmarkMetrics.CPU_SECONDS, wall * 1.5);
        r.metrics.put(BenchmarkMetrics.PEAK_RSS_MB, rss);
        r.metrics.put(BenchmarkMetrics.MATCH_RATE, matchRate);
        r.metrics.put(BenchmarkMetrics.PRECISION, 0.99);
        return r;
    }

    private static ContenderResult contender(Contender c, RunRecord run) {
        ContenderResult result = new ContenderResult(c, List.of(c.flink ? "bin/sbir-enrich" : "java"));
        result.add(run);
        return result;
    }

    /** flink-cold takes the warm wall time plus 10 s (the build), DuckDB its own. */
    private static BenchmarkResult result(String timestamp, String scale, double warmWall, double duckWall) {
        BenchmarkResult r = new BenchmarkResult();
        r.timestamp = timestamp;
        r.scale = scale;
        r.recipients = 20_000;
        r.awards = 5_000;
        r.runsPerContender = 1;
        r.parallelism = 2;
        r.heap = "2g";
        r.machine = new Machine();
        r.machine.cores = 2;
        r.machine.cpu = "Test <CPU>";
        RunRecord cold = run(warmWall + 10, 900, 0.95);
        cold.metrics.put(BenchmarkMetrics.REFERENCE_PHASE_SECONDS, 10.5);
        cold.metrics.put(BenchmarkMetrics.BUILD_ROWS_PER_SECOND, 1904.76);
        RunRecord warm = run(warmWall, 800, 0.95);
        warm.metrics.put(BenchmarkMetrics.REFERENCE_PHASE_SECONDS, 0.5);
        for (ContenderResult c : List.of(contender(Contender.FLINK_COLD, cold), contender(Contender.FLINK_WARM, warm),
                contender(Contender.DUCKDB, run(duckWall, 1600, 0.90)))) {
            r.contenders.put(c.name, c);
        }
        r.ratios = Ratios.of(r);
        return r;
    }

    @Test
    void mediansAreTakenOverSuccessfulValidRunsOnly() {
        ContenderResult c = new ContenderResult(Contender.FLINK_WARM, List.of());
        c.add(run(30, 900, 0.9));
        c.add(run(10, 700, 0.9));
        RunRecord failed = run(1, 1, 0);
        failed.exitCode = 1;
        c.add(failed);
        RunRecord built = run(2, 2, 0);
        built.discarded = "the warm store did not hold snapshot x: it was built";
        c.add(built);
        c.add(run(20, 800, 0.9));
        assertThat(c.failedRuns).isEqualTo(2);
        assertThat(c.median).containsEntry(BenchmarkMetrics.WALL_SECONDS, 20.0).containsEntry(BenchmarkMetrics.PEAK_RSS_MB, 800.0);
        c.add(run(40, 1000, 0.9));
        assertThat(c.median).containsEntry(BenchmarkMetrics.WALL_SECONDS, 25.0);
    }

    @Test
    void eachFlinkContenderIsSetAgainstTheDuckDbPeerBothWays() {
        Map<String, Double> ratios = result("t", "small", 20, 50).ratios;
        assertThat(ratios).containsEntry("flink-warm_wall_time_over_duckdb", 0.4)
                .containsEntry("flink-warm_times_faster_than_duckdb", 2.5)
                .containsEntry("flink-warm_cpu_time_over_duckdb", 0.4)
                .containsEntry("flink-warm_peak_rss_over_duckdb", 0.5)
                .containsEntry("flink-warm_match_rate_lead_over_duckdb_pp", 5.0)
                .containsEntry("flink-warm_precision_lead_over_duckdb_pp", 0.0)
                .containsEntry("flink-cold_wall_time_over_duckdb", 0.6)
                .containsEntry("flink-cold_times_faster_than_duckdb", 1.67)
                .containsEntry("flink-cold_wall_time_over_flink-warm", 1.5)
                .doesNotContainKey("flink-warm_wall_time_over_flink-warm")
                .doesNotContainKey("duckdb_wall_time_over_duckdb");
    }

    @Test
    void withoutThePeerThereAreNoPeerRatios() {
        BenchmarkResult r = result("t", "small", 20, 50);
        r.contenders.remove(Contender.DUCKDB.label);
        assertThat(Ratios.of(r)).containsOnlyKeys("flink-cold_wall_time_over_flink-warm");
    }

    @Test
    void storeKeepsOneBaselinePerScaleAndTheHistoryOfEachScale(@TempDir Path dir) throws IOException {
        BenchmarkStore store = new BenchmarkStore(dir);
        BenchmarkResult first = result("2026-01-01T00:00:00Z", "small", 20, 50);
        Path file = store.write(first);
        assertThat(file.getFileName().toString()).isEqualTo("2026-01-01T00-00-00Z.json");
        store.appendHistory(first);
        store.saveBaseline(first);
        BenchmarkResult full = result("2026-01-02T00:00:00Z", "full", 40, 90);
        store.appendHistory(full);
        store.saveBaseline(full);
        Files.writeString(dir.resolve(BenchmarkStore.HISTORY), "{truncated\n", StandardOpenOption.APPEND);
        BenchmarkResult third = result("2026-01-03T00:00:00Z", "small", 22, 50);
        BenchmarkRunner.compareWithBaseline(third, store.baseline("small"), new RegressionThresholds());
        store.appendHistory(third);

        assertThat(store.history("small")).extracting(r -> r.timestamp)
                .containsExactly("2026-01-01T00:00:00Z", "2026-01-03T00:00:00Z");
        BenchmarkResult readBack = store.history("small").get(1);
        assertThat(readBack.regression.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(readBack.regression.findings().get(0).change()).isEqualTo(10.0);
        // The cold run (30 s, then 32 s) is compared too, but only reported.
        assertThat(readBack.alsoCompared).containsOnlyKeys(Contender.FLINK_COLD.label);
        assertThat(readBack.alsoCompared.get(Contender.FLINK_COLD.label).findings().get(0).change())
                .isEqualTo(6.67);
        BenchmarkResult baseline = store.baseline("small");
        assertThat(baseline.timestamp).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(baseline.median(Contender.FLINK_WARM)).containsEntry(BenchmarkMetrics.WALL_SECONDS, 20.0);
        assertThat(store.baseline("full").timestamp).isEqualTo("2026-01-02T00:00:00Z");
        assertThat(store.baseline("tenth")).isNull();
    }

    @Test
    void onlyTheWarmRunDecidesTheVerdict() {
        BenchmarkResult baseline = result("2026-01-01T00:00:00Z", "small", 20, 50);
        BenchmarkResult r = result("2026-01-03T00:00:00Z", "small", 20, 50);
        r.contenders.get(Contender.FLINK_COLD.label).median.put(BenchmarkMetrics.WALL_SECONDS, 100.0);
        BenchmarkRunner.compareWithBaseline(r, baseline, new RegressionThresholds());
        assertThat(r.regression.verdict()).isEqualTo(Verdict.OK);
        assertThat(r.alsoCompared.get(Contender.FLINK_COLD.label).verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(MarkdownSummary.render(r)).contains("(flink-warm, decides the verdict): **OK**")
                .contains("### flink-cold against the baseline of 2026-01-01T00:00:00Z (reported, does not decide): FAILURE");
    }

    /** A result as the keyed-state design wrote it, cut down to what the reports read. */
    private static final String OLD_LINE = """
            {"timestamp":"2025-12-01T00:00:00Z","scale":"small","recipients":20000,"awards":5000,"runsPerContender":1,\
            "contenders":{"flink-keyed":{"name":"flink-keyed","median":{"wall_seconds":40.0,"peak_rss_mb":1200.0,\
            "reference_load_seconds":12.0,"match_rate":0.94}},"flink-batch":{"name":"flink-batch","median":\
            {"wall_seconds":35.0}},"duckdb":{"name":"duckdb","median":{"wall_seconds":55.0,"peak_rss_mb":1500.0}}},\
            "ratios":{"duckdb_wall_time_ratio":1.37},"regression":{"baselineTimestamp":"x","findings":[],"verdict":"OK"}}
            """;

    @Test
    void historyAndBaselinesOfEarlierContendersNeitherCrashNorJudge(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(BenchmarkStore.HISTORY), OLD_LINE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(BenchmarkStore.BASELINE), "{\"small\":" + OLD_LINE.strip() + "}",
                StandardCharsets.UTF_8);
        BenchmarkStore store = new BenchmarkStore(dir);
        BenchmarkResult now = result("2026-01-03T00:00:00Z", "small", 20, 50);
        BenchmarkRunner.compareWithBaseline(now, store.baseline("small"), new RegressionThresholds());
        store.appendHistory(now);

        assertThat(now.regression).isNull();
        assertThat(now.alsoCompared).isEmpty();
        assertThat(now.baselineNote).contains("has no flink-warm figures").contains("flink-keyed");
        assertThat(MarkdownSummary.render(now)).contains("Not compared with the baseline: the baseline of 2025-12-01");
        List<BenchmarkResult> history = store.history("small");
        assertThat(history).hasSize(2);
        String html = HtmlReport.render(now, history);
        assertThat(html).contains("flink-keyed (earlier)").contains("stroke-dasharray")
                .contains("<title>flink-keyed 2025-12-01T00:00:00Z: 40.00</title>")
                .contains("<title>flink-warm 2026-01-03T00:00:00Z: 20.00</title>")
                .doesNotContain("flink-warm (earlier)");
    }

    @Test
    void markdownShowsEveryContenderThePeerRatiosAndTheVerdict() {
        BenchmarkResult r = result("2026-01-03T00:00:00Z", "small", 30, 50);
        BenchmarkRunner.compareWithBaseline(r, result("x", "small", 20, 50), new RegressionThresholds());
        String md = MarkdownSummary.render(r);
        assertThat(md).contains("| figure | flink-cold | flink-warm | duckdb |")
                .contains("| wall time, process start to exit (s) | 40.00 | 30.00 | 50.00 |")
                .contains("| reference phase: snapshot built or found (s) | 10.50 | 0.50 | – |")
                .contains("| snapshot build rate (recipients/s) | 1,905 | – | – |")
                .contains("| match rate (recipient attached) | 95.00% | 95.00% | 90.00% |")
                .contains("| ratio | flink-cold | flink-warm |")
                .contains("| times faster than DuckDB (DuckDB's wall time / ours) | 1.25 | 1.67 |")
                .contains("| wall time / DuckDB's | 0.80 | 0.60 |")
                .contains("| wall time / flink-warm's | 1.33 | – |")
                .contains("**FAILURE**")
                .contains("| +50.00 % | FAILURE |")
                .doesNotContain("enrichment latency");
    }

    @Test
    void aDiscardedRunIsNamedWithItsReason() {
        BenchmarkResult r = result("t", "small", 20, 50);
        RunRecord built = run(30, 900, 0.95);
        built.discarded = "the warm store did not hold snapshot abc: it was built";
        r.contenders.get(Contender.FLINK_WARM.label).add(built);
        assertThat(MarkdownSummary.render(r)).contains("| failed or discarded runs | 0 | 1 | 0 |")
                .contains("- flink-warm run 2 discarded: the warm store did not hold snapshot abc: it was built");
    }

    @Test
    void htmlIsSelfContainedWithOneTrendChartPerTrendFigure() {
        List<BenchmarkResult> history = List.of(result("2026-01-01T00:00:00Z", "small", 20, 50),
                result("2026-01-02T00:00:00Z", "small", 25, 45));
        String html = HtmlReport.render(history.get(1), history);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Test &lt;CPU&gt;")
                .doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("href=\"http");
        assertThat(html.split("<svg ", -1)).hasSize(Figures.TRENDS.size() + 1);
        assertThat(html).contains("<polyline points=\"").contains("<title>flink-warm 2026-01-02T00:00:00Z: 25.00</title>")
                .contains("<th>ratio</th><th>flink-cold</th><th>flink-warm</th>");
    }

    @Test
    void gcLogPeakIsTheLargestHeapBeforeACollection() {
        List<String> log = List.of(
                "[0.010s][info][gc] Using G1",
                "[0.512s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 3.021ms",
                "[1.100s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 1G->200M(2048M) 12.0ms",
                "[2.000s][info][gc] GC(2) Pause Remark 300M->290M(2048M) 1.0ms");
        assertThat(GcLog.peakHeapMb(log)).isEqualTo(1024.0);
        assertThat(GcLog.peakHeapMb(List.of("[0.010s][info][gc] Using G1"))).isNull();
    }

    @Test
    void highWaterMarkIsReadFromProcStatusAndMissingFilesGiveMinusOne(@TempDir Path dir) throws IOException {
        Path status = dir.resolve("status");
        Files.writeString(status, "Name:\tjava\nVmPeak:\t 9999 kB\nVmHWM:\t  123456 kB\nVmRSS:\t 100000 kB\n");
        assertThat(MeasuredProcess.highWaterMarkKb(status)).isEqualTo(123456);
        assertThat(MeasuredProcess.highWaterMarkKb(dir.resolve("gone"))).isEqualTo(-1);
    }
}

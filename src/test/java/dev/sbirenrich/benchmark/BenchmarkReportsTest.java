package dev.sbirenrich.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkReportsTest {
    private static RunRecord run(double wall, double rss, double matchRate) {
        RunRecord r = new RunRecord();
        r.metrics.put(BenchmarkMetrics.WALL_SECONDS, wall);
        r.metrics.put(BenchmarkMetrics.PEAK_RSS_MB, rss);
        r.metrics.put(BenchmarkMetrics.MATCH_RATE, matchRate);
        r.metrics.put(BenchmarkMetrics.PRECISION, 0.99);
        return r;
    }

    private static BenchmarkResult result(String timestamp, String scale, double keyedWall, double duckWall) {
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
        ContenderResult keyed = new ContenderResult(Contender.FLINK_KEYED, List.of("bin/sbir-enrich", "run"));
        keyed.add(run(keyedWall, 800, 0.95));
        ContenderResult duck = new ContenderResult(Contender.DUCKDB, List.of("java"));
        duck.add(run(duckWall, 1600, 0.90));
        r.contenders.put(keyed.name, keyed);
        r.contenders.put(duck.name, duck);
        r.ratios = Ratios.of(r);
        return r;
    }

    @Test
    void mediansAreTakenOverSuccessfulRunsOnly() {
        ContenderResult c = new ContenderResult(Contender.FLINK_KEYED, List.of());
        c.add(run(30, 900, 0.9));
        c.add(run(10, 700, 0.9));
        RunRecord failed = run(1, 1, 0);
        failed.exitCode = 1;
        c.add(failed);
        c.add(run(20, 800, 0.9));
        assertThat(c.failedRuns).isEqualTo(1);
        assertThat(c.median).containsEntry(BenchmarkMetrics.WALL_SECONDS, 20.0).containsEntry(BenchmarkMetrics.PEAK_RSS_MB, 800.0);
        c.add(run(40, 1000, 0.9));
        assertThat(c.median).containsEntry(BenchmarkMetrics.WALL_SECONDS, 25.0);
    }

    @Test
    void ratiosArePeerOverKeyedAndLeadsInPoints() {
        Map<String, Double> ratios = result("t", "small", 20, 50).ratios;
        assertThat(ratios).containsEntry("duckdb_wall_time_ratio", 2.5)
                .containsEntry("duckdb_peak_rss_ratio", 2.0)
                .containsEntry("match_rate_lead_over_duckdb_pp", 5.0)
                .containsEntry("precision_lead_over_duckdb_pp", 0.0)
                .doesNotContainKey("flink-broadcast_wall_time_ratio");
    }

    @Test
    void theBatchRunIsSetBesideTheKeyedJobLikeEveryPeer() {
        BenchmarkResult r = result("t", "small", 20, 50);
        ContenderResult batch = new ContenderResult(Contender.FLINK_BATCH, List.of("bin/sbir-enrich", "run"));
        batch.add(run(10, 1200, 0.95));
        r.contenders.put(batch.name, batch);
        assertThat(Ratios.of(r)).containsEntry("flink-batch_wall_time_ratio", 0.5)
                .containsEntry("flink-batch_peak_rss_ratio", 1.5)
                .containsEntry("match_rate_lead_over_flink-batch_pp", 0.0);
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
        Files.writeString(dir.resolve(BenchmarkStore.HISTORY), "{truncated\n", java.nio.file.StandardOpenOption.APPEND);
        BenchmarkResult third = result("2026-01-03T00:00:00Z", "small", 22, 50);
        third.regression = RegressionCheck.compare(first.timestamp, first.median(Contender.FLINK_KEYED),
                third.median(Contender.FLINK_KEYED), new RegressionThresholds());
        store.appendHistory(third);

        assertThat(store.history("small")).extracting(r -> r.timestamp)
                .containsExactly("2026-01-01T00:00:00Z", "2026-01-03T00:00:00Z");
        RegressionCheck.Comparison readBack = store.history("small").get(1).regression;
        assertThat(readBack.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(readBack.findings().get(0).change()).isEqualTo(10.0);
        BenchmarkResult baseline = store.baseline("small");
        assertThat(baseline.timestamp).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(baseline.median(Contender.FLINK_KEYED)).containsEntry(BenchmarkMetrics.WALL_SECONDS, 20.0);
        assertThat(store.baseline("full").timestamp).isEqualTo("2026-01-02T00:00:00Z");
        assertThat(store.baseline("tenth")).isNull();
    }

    @Test
    void markdownShowsEveryContenderTheRatiosAndTheVerdict() {
        BenchmarkResult r = result("2026-01-03T00:00:00Z", "small", 30, 50);
        r.regression = RegressionCheck.compare("2026-01-01T00:00:00Z",
                result("x", "small", 20, 50).median(Contender.FLINK_KEYED), r.median(Contender.FLINK_KEYED),
                new RegressionThresholds());
        String md = MarkdownSummary.render(r);
        assertThat(md).contains("| figure | flink-keyed | duckdb |")
                .contains("| wall time, start-up to exit (s) | 30.00 | 50.00 |")
                .contains("| match rate (recipient attached) | 95.00% | 90.00% |")
                .contains("duckdb_wall_time_ratio 1.67")
                .contains("**FAILURE**")
                .contains("| +50.00 % | FAILURE |")
                .doesNotContain("enrichment latency");
    }

    @Test
    void htmlIsSelfContainedWithOneTrendChartPerTrendFigure() {
        List<BenchmarkResult> history = List.of(result("2026-01-01T00:00:00Z", "small", 20, 50),
                result("2026-01-02T00:00:00Z", "small", 25, 45));
        String html = HtmlReport.render(history.get(1), history);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Test &lt;CPU&gt;")
                .doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("href=\"http");
        assertThat(html.split("<svg ", -1)).hasSize(Figures.TRENDS.size() + 1);
        assertThat(html).contains("<polyline points=\"").contains("<title>flink-keyed 2026-01-02T00:00:00Z: 25.00</title>");
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

package dev.sbirenrich.benchmark;

import dev.sbirenrich.datagen.DataGenerator;
import dev.sbirenrich.evaluation.EvaluationOptions;
import dev.sbirenrich.evaluation.EvaluationReport;
import dev.sbirenrich.evaluation.Evaluator;
import dev.sbirenrich.evaluation.Tally;
import dev.sbirenrich.report.RunSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the benchmark: data from the cache, each contender as its own process on the same files,
 * {@code runs} rounds interleaved (so a burst of load elsewhere on the machine is spread over all
 * contenders instead of hitting one), each output scored by evaluate on the same truth; then the
 * ratios, the baseline comparison, the reports and the history line.
 */
public final class BenchmarkRunner {
    /** Web UI metric refresh for measured runs (Flink's default of 10 s is too coarse for a 30 s job). */
    static final String METRICS_FETCH_INTERVAL = "500 ms";
    public static final String MARKDOWN_FILE = "benchmark.md";
    public static final String HTML_FILE = "benchmark.html";
    /** The result so far, rewritten after every run, in the work directory. */
    static final String PARTIAL_FILE = "partial-result.json";

    private final BenchmarkOptions options;
    private final PrintStream log;

    public BenchmarkRunner(BenchmarkOptions options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    public BenchmarkResult run() throws IOException, InterruptedException {
        BenchmarkResult result = new BenchmarkResult();
        result.timestamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        result.machine = Machine.current();
        // A recipients factor is its own scale: its history and baseline never mix with the plain one's.
        result.scale = options.scale.label() + (options.recipientsFactor == 1 ? "" : "-x" + options.recipientsFactor);
        result.seed = options.seed;
        result.recipients = options.scale.recipients * options.recipientsFactor;
        result.awards = options.scale.awards;
        result.runsPerContender = options.runs;
        result.parallelism = options.parallelism;
        result.heap = options.heap;
        result.commit = Commit.current(options.home);

        Path data = DataCache.ensure(options.reportsDir.resolve("cache"), options.scale, options.recipientsFactor,
                options.seed, log);
        Path work = options.reportsDir.resolve("work");
        Reports.deleteTree(work);
        Files.createDirectories(work);
        for (int round = 1; round <= options.runs; round++) {
            for (Contender contender : options.contenders) {
                Path dir = work.resolve(contender.label + "-" + round);
                Files.createDirectories(dir);
                List<String> command = command(contender, data, dir, freePort());
                log.printf("run %d/%d %s ...%n", round, options.runs, contender.label);
                RunRecord run = measure(contender, command, data, dir);
                log.printf("  exit %d, wall %.1f s, peak RSS %s MiB, match rate %s%n", run.exitCode,
                        run.metrics.getOrDefault(BenchmarkMetrics.WALL_SECONDS, 0.0),
                        run.metrics.get(BenchmarkMetrics.PEAK_RSS_MB), run.metrics.get(BenchmarkMetrics.MATCH_RATE));
                result.contenders.computeIfAbsent(contender.label, k -> new ContenderResult(contender, command))
                        .add(run);
                // Long benchmarks can be stopped: what was measured so far is never lost.
                Reports.JSON.writeValue(work.resolve(PARTIAL_FILE).toFile(), result);
            }
        }
        result.ratios = Ratios.of(result);
        return finish(result);
    }

    private BenchmarkResult finish(BenchmarkResult result) throws IOException {
        BenchmarkStore store = new BenchmarkStore(options.reportsDir);
        BenchmarkResult baseline = store.baseline(result.scale);
        if (baseline != null) {
            result.regression = RegressionCheck.compare(baseline.timestamp, baseline.median(Contender.JUDGED),
                    result.median(Contender.JUDGED), options.thresholds);
        }
        Path file = store.write(result);
        store.appendHistory(result);
        if (options.saveAsBaseline) {
            store.saveBaseline(result);
        }
        List<BenchmarkResult> history = store.history(result.scale);
        Files.writeString(options.reportsDir.resolve(MARKDOWN_FILE), MarkdownSummary.render(result), StandardCharsets.UTF_8);
        Files.writeString(options.reportsDir.resolve(HTML_FILE), HtmlReport.render(result, history), StandardCharsets.UTF_8);
        log.printf("results: %s; reports: %s, %s%n", file, options.reportsDir.resolve(MARKDOWN_FILE),
                options.reportsDir.resolve(HTML_FILE));
        return result;
    }

    List<String> command(Contender contender, Path data, Path dir, int port) throws IOException {
        Path awards = data.resolve(DataGenerator.AWARDS_FILE);
        Path recipients = data.resolve(DataGenerator.RECIPIENTS_CSV);
        Path output = dir.resolve("output");
        if (contender == Contender.DUCKDB) {
            return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + options.heap, "-Xlog:gc:file=" + dir.resolve("gc.log"),
                    "-cp", System.getProperty("java.class.path"), "dev.sbirenrich.peer.DuckDbEnrichment",
                    "--awards", awards.toString(), "--recipients", recipients.toString(),
                    "--output", output.toString(), "--threads", Integer.toString(options.parallelism));
        }
        Path config = dir.resolve("benchmark-settings.yaml");
        Files.writeString(config, "pipeline:\n  flinkOptions:\n    metrics.fetcher.update-interval: \""
                + METRICS_FETCH_INTERVAL + "\"\n", StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(options.home.resolve("bin/sbir-enrich").toString(), "run",
                "--awards", awards.toString(), "--recipients", recipients.toString(),
                "--output", output.toString(), "--web-ui-port", Integer.toString(port),
                "--parallelism", Integer.toString(options.parallelism), "--config", config.toString()));
        if (contender == Contender.FLINK_BROADCAST) {
            command.addAll(List.of("--state-layout", "broadcast"));
        }
        if (contender == Contender.FLINK_BATCH) {
            command.addAll(List.of("--runtime-mode", "batch"));
        }
        return command;
    }

    private RunRecord measure(Contender contender, List<String> command, Path data, Path dir)
            throws IOException, InterruptedException {
        RunRecord run = new RunRecord();
        Path logFile = dir.resolve("console.log");
        run.log = logFile.toString();
        Path output = dir.resolve("output");
        // The launcher reads its JVM options from here; the GC log gives the heap's peak.
        Map<String, String> env = contender == Contender.DUCKDB ? Map.of() : Map.of("SBIR_ENRICH_JAVA_OPTS",
                "-Xmx" + options.heap + " -Xlog:gc:file=" + dir.resolve("gc.log"));
        FlinkRestPoller poller = contender == Contender.DUCKDB ? null : new FlinkRestPoller(port(command));
        MeasuredProcess.Outcome outcome = MeasuredProcess.run(command, env, logFile, poller == null ? () -> {} : poller);
        run.exitCode = outcome.exitCode();
        if (outcome.exitCode() == 0) {
            if (poller != null) {
                RunSummary summary = RunSummary.read(output);
                FlinkRestPoller.Observed seen = poller.observed();
                run.metrics.putAll(BenchmarkMetrics.flink(seen, outcome,
                        options.scale.recipients * options.recipientsFactor, summary.awardsEnriched));
                run.timeline = BenchmarkMetrics.timeline(seen.job(), outcome.startEpochMillis());
                run.counters = BenchmarkMetrics.counters(seen.samples(), outcome.startEpochMillis());
            } else {
                var peer = Reports.JSON.readTree(output.resolve("peer-summary.json").toFile());
                run.metrics.put(BenchmarkMetrics.LOAD_SECONDS, peer.path("load_seconds").asDouble());
                run.metrics.put(BenchmarkMetrics.MATCH_SECONDS, peer.path("match_and_write_seconds").asDouble());
            }
            quality(output, data, dir, run);
        }
        run.metrics.put(BenchmarkMetrics.WALL_SECONDS, BenchmarkMetrics.round(outcome.wallSeconds()));
        run.metrics.put(BenchmarkMetrics.PEAK_RSS_MB,
                outcome.peakRssMb() == null ? null : BenchmarkMetrics.round(outcome.peakRssMb()));
        Double heap = GcLog.peakHeapMb(dir.resolve("gc.log"));
        run.metrics.put(BenchmarkMetrics.PEAK_HEAP_MB, heap == null ? null : BenchmarkMetrics.round(heap));
        // Outputs are large at full scale; the console log, GC log and evaluation stay.
        Reports.deleteTree(output);
        return run;
    }

    private static void quality(Path output, Path data, Path dir, RunRecord run) throws IOException {
        EvaluationOptions evaluation = new EvaluationOptions();
        evaluation.enrichedDir = output;
        evaluation.truthFile = data.resolve(DataGenerator.TRUTH_FILE);
        evaluation.outDir = dir.resolve("evaluation");
        EvaluationReport report = new Evaluator().evaluate(evaluation);
        Tally overall = report.ours.overall;
        run.metrics.put(BenchmarkMetrics.PRECISION, overall.precision());
        run.metrics.put(BenchmarkMetrics.RECALL, overall.recall());
        run.metrics.put(BenchmarkMetrics.MATCH_RATE, overall.awards == 0 ? null : (double) overall.accepted / overall.awards);
    }

    private static int port(List<String> command) {
        return Integer.parseInt(command.get(command.indexOf("--web-ui-port") + 1));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

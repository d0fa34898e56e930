package dev.sbirenrich.benchmark;

import dev.sbirenrich.datagen.DataGenerator;
import dev.sbirenrich.evaluation.EvaluationOptions;
import dev.sbirenrich.evaluation.EvaluationReport;
import dev.sbirenrich.evaluation.Evaluator;
import dev.sbirenrich.evaluation.Tally;
import dev.sbirenrich.peer.DuckDbEnrichment;
import dev.sbirenrich.peer.PeerSummary;
import dev.sbirenrich.peer.PlainJavaEnrichment;
import dev.sbirenrich.run.RunSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the benchmark: data from the cache, each contender as its own process on the same files,
 * {@code runs} rounds interleaved (so a burst of load elsewhere on the machine is spread over all
 * contenders instead of hitting one), each output scored by evaluate on the same truth; then the
 * ratios, the baseline comparison, the reports and the history line. Before the rounds the warm
 * contender's reference store is given its snapshot, untimed; every cold round gets an empty store.
 */
public final class BenchmarkRunner {
    /** Web UI metric refresh for measured runs (Flink's default of 10 s is too coarse for a 30 s job). */
    static final long METRICS_FETCH_MILLIS = 2000;
    public static final String MARKDOWN_FILE = "benchmark.md";
    public static final String HTML_FILE = "benchmark.html";
    /** The result so far, rewritten after every run, in the work directory. */
    static final String PARTIAL_FILE = "partial-result.json";
    static final String WARM_BUILD_LOG = "flink-warm-reference-build.log";

    /** Starts and measures one process: {@link MeasuredProcess#run} (tests put a fake here). */
    @FunctionalInterface
    interface Launcher {
        MeasuredProcess.Outcome run(List<String> command, Map<String, String> environment, Path log,
                Runnable whileRunning) throws IOException, InterruptedException;
    }

    private final BenchmarkOptions options;
    private final PrintStream log;
    private final Launcher launcher;

    public BenchmarkRunner(BenchmarkOptions options, PrintStream log) {
        this(options, log, MeasuredProcess::run);
    }

    BenchmarkRunner(BenchmarkOptions options, PrintStream log, Launcher launcher) {
        this.options = options;
        this.log = log;
        this.launcher = launcher;
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
        rounds(result, data);
        result.ratios = Ratios.of(result);
        return finish(result);
    }

    /** The warm store prepared, then every round of every contender measured into {@code result}. */
    void rounds(BenchmarkResult result, Path data) throws IOException, InterruptedException {
        Path work = options.reportsDir.resolve("work");
        Reports.deleteTree(work);
        Files.createDirectories(work);
        ReferenceStores stores = new ReferenceStores(work);
        if (options.contenders.stream().anyMatch(Contender::usesWarmStore)) {
            prepareWarmStore(stores.warm(), data, work);
        }
        for (int round = 1; round <= options.runs; round++) {
            for (Contender contender : options.contenders) {
                Path dir = work.resolve(contender.label + "-" + round);
                Files.createDirectories(dir);
                Path store = contender == Contender.PEER ? null : stores.forRound(contender, dir);
                List<String> command = command(contender, data, dir, freePort(), store);
                log.printf("run %d/%d %s ...%n", round, options.runs, contender.label);
                RunRecord run = measure(contender, command, data, dir);
                if (store != null) {
                    run.referenceStore = store.toString();
                    stores.release(contender, store);
                }
                print(run);
                result.contenders.computeIfAbsent(contender.label, k -> new ContenderResult(contender, command))
                        .add(run);
                // Long benchmarks can be stopped: what was measured so far is never lost.
                Reports.JSON.writeValue(work.resolve(PARTIAL_FILE).toFile(), result);
            }
        }
    }

    /**
     * Builds the snapshot into the warm store with {@code sbir-enrich reference build}, the same
     * reader and code the job's run uses, so the job finds it (same id); not timed.
     */
    private void prepareWarmStore(Path store, Path data, Path work) throws IOException, InterruptedException {
        List<String> command = List.of(options.home.resolve("bin/sbir-enrich").toString(), "reference", "build",
                "--recipients", data.resolve(DataGenerator.RECIPIENTS_CSV).toString(),
                "--reference-store", store.toString());
        log.printf("preparing the %s reference store (untimed) ...%n", Contender.FLINK_WARM.label);
        Path buildLog = work.resolve(WARM_BUILD_LOG);
        MeasuredProcess.Outcome outcome = launcher.run(command, Map.of("SBIR_ENRICH_JAVA_OPTS", "-Xmx" + options.heap),
                buildLog, () -> {});
        List<String> snapshots = ReferenceStores.snapshots(store);
        if (outcome.exitCode() != 0 || snapshots.isEmpty()) {
            throw new IOException("could not build the " + Contender.FLINK_WARM.label + " reference store (exit "
                    + outcome.exitCode() + "); see " + buildLog);
        }
        log.printf("  snapshot %s in %s (%.1f s)%n", snapshots.get(0), store, outcome.wallSeconds());
    }

    private void print(RunRecord run) {
        Map<String, Double> m = run.metrics;
        Double referenceSeconds = m.get(BenchmarkMetrics.REFERENCE_PHASE_SECONDS);
        String reference = run.referenceReused == null ? ""
                : String.format(", reference %s%s", run.referenceReused ? "found" : "built",
                        referenceSeconds == null ? "" : " in " + referenceSeconds + " s");
        log.printf("  exit %d, wall %.1f s%s, CPU %s s, peak RSS %s MiB, match rate %s%s%n", run.exitCode,
                m.getOrDefault(BenchmarkMetrics.WALL_SECONDS, 0.0), reference, m.get(BenchmarkMetrics.CPU_SECONDS),
                m.get(BenchmarkMetrics.PEAK_RSS_MB), m.get(BenchmarkMetrics.MATCH_RATE),
                run.discarded == null ? "" : "; DISCARDED: " + run.discarded);
    }

    private BenchmarkResult finish(BenchmarkResult result) throws IOException {
        BenchmarkStore store = new BenchmarkStore(options.reportsDir);
        compareWithBaseline(result, store.baseline(result.scale), options.thresholds);
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

    /**
     * The judged contender against the baseline (its verdict is the benchmark's) and the other Flink
     * contenders against theirs (reported only). A baseline from before the reference snapshot has
     * none of today's contenders: then nothing is compared, and the result says why.
     */
    static void compareWithBaseline(BenchmarkResult result, BenchmarkResult baseline, RegressionThresholds thresholds) {
        if (baseline == null) {
            return;
        }
        for (Contender c : Contender.values()) {
            if (!c.flink || c == Contender.JUDGED || result.median(c).isEmpty() || baseline.median(c).isEmpty()) {
                continue;
            }
            result.alsoCompared.put(c.label,
                    RegressionCheck.compare(baseline.timestamp, baseline.median(c), result.median(c), thresholds));
        }
        if (baseline.median(Contender.JUDGED).isEmpty()) {
            result.baselineNote = "the baseline of " + baseline.timestamp + " has no " + Contender.JUDGED.label
                    + " figures (it ran " + String.join(", ", baseline.contenders.keySet())
                    + "): nothing judged; save a new one with --save-as-baseline";
            return;
        }
        result.regression = RegressionCheck.compare(baseline.timestamp, baseline.median(Contender.JUDGED),
                result.median(Contender.JUDGED), thresholds);
    }

    List<String> command(Contender contender, Path data, Path dir, int port, Path store) throws IOException {
        Path awards = data.resolve(DataGenerator.AWARDS_FILE);
        Path recipients = data.resolve(DataGenerator.RECIPIENTS_CSV);
        Path output = dir.resolve("output");
        if (!contender.flink) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + options.heap, "-Xlog:gc:file=" + dir.resolve("gc.log"),
                    "-cp", System.getProperty("java.class.path")));
            if (contender == Contender.PEER) {
                command.addAll(List.of(DuckDbEnrichment.class.getName(), "--awards", awards.toString(),
                        "--recipients", recipients.toString()));
            } else {
                command.addAll(List.of(PlainJavaEnrichment.class.getName(), "--awards", awards.toString(),
                        "--recipients", recipients.toString(), "--reference-store", store.toString()));
            }
            command.addAll(List.of("--output", output.toString(), "--threads", Integer.toString(options.parallelism)));
            return command;
        }
        Path config = dir.resolve("benchmark-settings.yaml");
        Files.writeString(config, "pipeline:\n  flinkOptions:\n    metrics.fetcher.update-interval: \""
                + METRICS_FETCH_MILLIS + " ms\"\n", StandardCharsets.UTF_8);
        return new ArrayList<>(List.of(options.home.resolve("bin/sbir-enrich").toString(), "run",
                "--awards", awards.toString(), "--recipients", recipients.toString(),
                "--output", output.toString(), "--reference-store", store.toString(),
                "--web-ui-port", Integer.toString(port),
                "--parallelism", Integer.toString(options.parallelism), "--config", config.toString()));
    }

    private RunRecord measure(Contender contender, List<String> command, Path data, Path dir)
            throws IOException, InterruptedException {
        RunRecord run = new RunRecord();
        Path logFile = dir.resolve("console.log");
        run.log = logFile.toString();
        Path output = dir.resolve("output");
        // The launcher reads its JVM options from here; the GC log gives the heap's peak.
        Map<String, String> env = contender.flink ? Map.of("SBIR_ENRICH_JAVA_OPTS",
                "-Xmx" + options.heap + " -Xlog:gc:file=" + dir.resolve("gc.log")) : Map.of();
        FlinkRestPoller poller = contender.flink ? new FlinkRestPoller(port(command)) : null;
        MeasuredProcess.Outcome outcome = launcher.run(command, env, logFile, poller == null ? () -> {} : poller);
        run.exitCode = outcome.exitCode();
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put(BenchmarkMetrics.WALL_SECONDS, BenchmarkMetrics.round(outcome.wallSeconds()));
        figures.put(BenchmarkMetrics.CPU_SECONDS,
                outcome.cpuSeconds() == null ? null : BenchmarkMetrics.round(outcome.cpuSeconds()));
        if (outcome.exitCode() == 0) {
            if (poller != null) {
                RunSummary summary = RunSummary.read(output);
                run.referenceSnapshot = summary.referenceSnapshot;
                run.referenceReused = summary.referenceReused;
                run.discarded = ReferenceStores.discardReason(contender, summary);
                figures.putAll(BenchmarkMetrics.phases(summary, outcome.wallSeconds()));
                FlinkRestPoller.Observed seen = poller.observed();
                figures.putAll(BenchmarkMetrics.flink(seen, outcome));
                run.timeline = BenchmarkMetrics.timeline(seen.job(), outcome.startEpochMillis());
                run.counters = BenchmarkMetrics.counters(seen.samples(), outcome.startEpochMillis());
            } else {
                var peer = Reports.JSON.readTree(output.resolve(PeerSummary.FILE).toFile());
                figures.put(BenchmarkMetrics.LOAD_SECONDS, peer.path("load_seconds").asDouble());
                figures.put(BenchmarkMetrics.MATCH_SECONDS, peer.path("match_and_write_seconds").asDouble());
                if (contender.usesWarmStore()) {
                    run.referenceSnapshot = peer.path("reference_snapshot").asText();
                    run.referenceReused = peer.path("reference_reused").asBoolean();
                    if (!run.referenceReused) {
                        run.discarded = "the warm store did not hold snapshot " + run.referenceSnapshot + ": it was built";
                    }
                }
            }
            quality(output, data, dir, figures);
        }
        figures.put(BenchmarkMetrics.PEAK_RSS_MB,
                outcome.peakRssMb() == null ? null : BenchmarkMetrics.round(outcome.peakRssMb()));
        Double heap = GcLog.peakHeapMb(dir.resolve("gc.log"));
        figures.put(BenchmarkMetrics.PEAK_HEAP_MB, heap == null ? null : BenchmarkMetrics.round(heap));
        run.metrics = figures;
        // Outputs are large at full scale; the console log, GC log and evaluation stay.
        Reports.deleteTree(output);
        return run;
    }

    private static void quality(Path output, Path data, Path dir, Map<String, Double> figures) throws IOException {
        EvaluationOptions evaluation = new EvaluationOptions();
        evaluation.enrichedDir = output;
        evaluation.truthFile = data.resolve(DataGenerator.TRUTH_FILE);
        evaluation.recipientsFile = data.resolve(DataGenerator.RECIPIENTS_CSV);
        evaluation.outDir = dir.resolve("evaluation");
        EvaluationReport report = new Evaluator().evaluate(evaluation);
        Tally overall = report.ours.overall;
        figures.put(BenchmarkMetrics.PRECISION, overall.precision());
        figures.put(BenchmarkMetrics.RECALL, overall.recall());
        figures.put(BenchmarkMetrics.MATCH_RATE, overall.awards == 0 ? null : (double) overall.accepted / overall.awards);
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

package dev.sbirenrich.cli;

import dev.sbirenrich.config.EnrichmentSettings;
import dev.sbirenrich.io.RecipientColumns;
import dev.sbirenrich.metrics.ConsoleProgress;
import dev.sbirenrich.metrics.InputSizes;
import dev.sbirenrich.pipeline.EnrichmentPipeline;
import dev.sbirenrich.pipeline.FileSinks;
import dev.sbirenrich.pipeline.FileSources;
import dev.sbirenrich.pipeline.JobConfiguration;
import dev.sbirenrich.pipeline.PipelineSources;
import dev.sbirenrich.quality.RunGate;
import dev.sbirenrich.reference.OpenSnapshots;
import dev.sbirenrich.report.RunSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Runs the job on an embedded MiniCluster and writes run-summary.json next to its output. */
final class LocalRun {
    private LocalRun() {}

    static RunSummary execute(RunOptions options, boolean overwrite, PrintStream console) throws Exception {
        return execute(options, options.settings(), overwrite, console);
    }

    static RunSummary execute(RunOptions options, EnrichmentSettings settings, boolean overwrite, PrintStream console)
            throws Exception {
        RecipientColumns columns = options.recipientColumns();
        InputSizes sizes = options.checkInputs(columns, false);
        Path output = options.output.toAbsolutePath().normalize();
        prepareOutput(output, overwrite);
        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        var reference = ReferencePreparation.prepare(options.referenceInput(columns), settings, console);
        var snapshot = reference.snapshot().descriptor();
        // Opened (and verified) here, where a bad snapshot is one line before any job starts; the
        // job's subtasks share this process, so they find it open.
        OpenSnapshots.acquire(snapshot);
        try {
            return run(options, settings, columns, sizes, output, started, startNanos, reference, console);
        } finally {
            OpenSnapshots.release(snapshot);
        }
    }

    private static RunSummary run(RunOptions options, EnrichmentSettings settings, RecipientColumns columns,
            InputSizes sizes, Path output, Instant started, long startNanos, ReferencePreparation.Prepared reference,
            PrintStream console) throws Exception {
        var snapshot = reference.snapshot().descriptor();

        String checkpoints = settings.pipeline.checkpointDir != null
                ? settings.pipeline.checkpointDir
                : output.resolve("_checkpoints").toUri().toString();
        RunGate gate = RunGate.prepare(settings.quality);
        var env = StreamExecutionEnvironment.getExecutionEnvironment(
                JobConfiguration.forLocalRun(settings.pipeline, checkpoints));
        EnrichmentPipeline.build(env,
                new PipelineSources(FileSources.awards(options.awards, Duration.ZERO), snapshot),
                FileSinks.under(new org.apache.flink.core.fs.Path(output.toUri())),
                settings);

        if (settings.pipeline.webUiPort > 0) {
            console.printf("Flink web UI while the job runs: http://127.0.0.1:%d%n", settings.pipeline.webUiPort);
        }
        if (settings.pipeline.metricsPort != null) {
            console.printf("Prometheus metrics while the job runs: port %s, path /metrics (all interfaces)%n",
                    settings.pipeline.metricsPort);
        }
        ConsoleProgress progress = ConsoleProgress.start(sizes, "reference " + snapshot.id, console);
        JobExecutionResult result;
        try {
            result = env.execute("sbir-enrich");
        } finally {
            progress.close();
        }

        RunSummary summary = new RunSummary();
        summary.runId = result.getJobID().toString();
        summary.startedAt = started.toString();
        progress.fill(summary);
        summary.referenceSnapshot = snapshot.id;
        summary.referenceReused = reference.snapshot().reused();
        summary.referenceRows = snapshot.rows;
        summary.referenceLoadMs = reference.millis();
        summary.recipientsRead = reference.snapshot().manifest().rows + reference.snapshot().manifest().rejected;
        summary.wallTimeMs = (System.nanoTime() - startNanos) / 1_000_000;
        return RunCompletion.complete(summary, settings, gate, options, console);
    }

    /** A run never mixes its output with an earlier run's: that would break exactly-once counts. */
    private static void prepareOutput(Path output, boolean overwrite) throws IOException {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new UsageException("output is not a directory: " + output);
        }
        if (Files.isDirectory(output)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(output)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !overwrite) {
                throw new UsageException("output directory is not empty: " + output + " (choose another or pass --overwrite)");
            }
            if (!empty) {
                deleteTree(output);
            }
        }
        Files.createDirectories(output);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

package dev.sbirenrich.cli;

import dev.sbirenrich.config.EnrichmentSettings;
import dev.sbirenrich.metrics.ConsoleProgress;
import dev.sbirenrich.metrics.InputSizes;
import dev.sbirenrich.pipeline.EnrichmentPipeline;
import dev.sbirenrich.pipeline.FileSinks;
import dev.sbirenrich.pipeline.JobConfiguration;
import dev.sbirenrich.pipeline.PipelineSources;
import dev.sbirenrich.pipeline.ReviewDecisions;
import dev.sbirenrich.quality.InputFingerprint;
import dev.sbirenrich.quality.RunGate;
import dev.sbirenrich.reference.OpenSnapshots;
import dev.sbirenrich.reference.ReferenceInput;
import dev.sbirenrich.reference.SnapshotDescriptor;
import dev.sbirenrich.run.RunSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.client.JobInitializationException;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;

/**
 * Runs the job on an embedded MiniCluster and writes run-summary.json next to its output. A run
 * stopped by a signal (Ctrl-C, SIGTERM) cancels its job, keeps its checkpoints, publishes nothing
 * and says how to resume.
 */
final class LocalRun {
    private LocalRun() {}

    /**
     * @param settings the run's settings, resolved by its command
     * @param keepUi keep the cluster and its web UI up after the run until the process is stopped
     * @param awards reads the awards paths of {@code options}, once
     * @param resumeFrom a checkpoint or savepoint of an earlier run into the same output, or null
     */
    static RunSummary execute(RunOptions options, EnrichmentSettings settings, boolean keepUi, AwardsSource awards,
            boolean overwrite, Path resumeFrom, PrintStream console) throws Exception {
        ReferenceInput recipients = options.recipients.input();
        InputSizes sizes = options.checkInputs(recipients, false);
        Path output = options.output.toAbsolutePath().normalize();
        String restorePath = resumeFrom == null ? null : LocalPreflight.requireSnapshot(resumeFrom);
        LocalPreflight.requirePorts(settings.pipeline);
        prepareOutput(output, overwrite, restorePath != null);
        LocalPreflight.requireWritable(output);

        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        var reference = ReferencePreparation.prepare(recipients, settings, console);
        SnapshotDescriptor snapshot = reference.snapshot().descriptor();
        // Opened (read, verified) beside the cluster's start-up, which leaves a core idle, and waited
        // for before the job is submitted, so a bad snapshot is one line before any job starts; the
        // job's subtasks share this process, so they find it open.
        CompletableFuture<Void> opening = CompletableFuture.runAsync(() -> OpenSnapshots.acquire(snapshot));
        JobExecutionResult result;
        ConsoleProgress progress;
        String checkpoints = settings.pipeline.checkpointDir != null
                ? settings.pipeline.checkpointDir
                : output.resolve("_checkpoints").toUri().toString();
        RunGate gate = RunGate.prepare(settings.quality);
        ReviewDecisions decisions = RunOptions.decisions(settings, Duration.ZERO);
        LocalCluster cluster = null;
        try {
            Configuration conf = JobConfiguration.forLocalRun(settings.pipeline, checkpoints);
            if (restorePath != null) {
                conf.set(StateRecoveryOptions.SAVEPOINT_PATH, restorePath);
            }
            var env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
            EnrichmentPipeline.build(env,
                    new PipelineSources(awards.of(options.awards, Duration.ZERO), snapshot, null, decisions),
                    FileSinks.under(new org.apache.flink.core.fs.Path(output.toUri())),
                    RunOptions.withBaseline(settings, gate));

            StreamGraph job = LocalCluster.graph(env, conf, "sbir-enrich");
            cluster = LocalCluster.start(conf, job);
            awaitOpen(opening);
            String host = conf.get(RestOptions.ADDRESS);
            if (settings.pipeline.webUiPort > 0) {
                console.printf("Flink web UI while the job runs: http://%s:%d%n", host, settings.pipeline.webUiPort);
            }
            if (settings.pipeline.metricsPort != null) {
                console.printf("Prometheus metrics while the job runs: http://%s:<port>/metrics, the first free port"
                        + " of %s%n", host, settings.pipeline.metricsPort);
            }
            progress = ConsoleProgress.start(sizes, "reference " + snapshot.id, console);
            try {
                result = run(cluster, job, checkpoints, console);
            } catch (Exception e) {
                if (restorePath != null && SbirEnrich.cause(e, JobInitializationException.class) != null) {
                    throw new UsageException("cannot resume from " + resumeFrom + ": " + SbirEnrich.oneLine(e));
                }
                throw e;
            } finally {
                progress.close();
            }
        } finally {
            if (cluster != null && !keepUi) {
                cluster.close();
            }
            // Released once opened: an opening that failed left nothing to release.
            opening.handle((opened, failure) -> null).join();
            OpenSnapshots.release(snapshot);
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
        // The snapshot's id was taken over the recipients' SHA-256: the manifest names them by it.
        List<String> sha256 = reference.snapshot().manifest().inputSha256;
        RunSummary completed = RunCompletion.complete(summary, settings, gate, options, () -> {
            List<InputFingerprint> prints = new ArrayList<>();
            for (int i = 0; i < recipients.files().size(); i++) {
                prints.add(InputFingerprint.of(recipients.files().get(i), sha256.get(i)));
            }
            return prints;
        }, List.of(decisions.submitted()), console);
        if (keepUi) {
            keepUiUp(settings, console);
        }
        return completed;
    }

    /** Waits for the snapshot to open; a snapshot that cannot be used fails the run with its one-line reason. */
    private static void awaitOpen(CompletableFuture<Void> opening) {
        try {
            opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Blocks until Ctrl-C (or SIGTERM): the JVM's exit then stops the cluster with it. */
    private static void keepUiUp(EnrichmentSettings settings, PrintStream console) throws InterruptedException {
        console.printf("The web UI stays up at http://%s:%d with the finished job: press Ctrl-C to stop.%n",
                settings.pipeline.bindAddress, settings.pipeline.webUiPort);
        console.flush();
        new CountDownLatch(1).await();
    }

    /** Runs the job to its end; a signal meanwhile stops it (see {@link #stop}). */
    private static JobExecutionResult run(LocalCluster cluster, StreamGraph graph, String checkpoints,
            PrintStream console) throws Exception {
        JobClient job = cluster.submit(graph);
        AtomicBoolean stopping = new AtomicBoolean();
        Thread onSignal = new Thread(() -> {
            stopping.set(true);
            stop(job, checkpoints, console);
        }, "sbir-enrich-stop");
        Runtime.getRuntime().addShutdownHook(onSignal);
        try {
            return job.getJobExecutionResult().get();
        } catch (ExecutionException e) {
            if (stopping.get()) {
                // The JVM is exiting and the hook reports the stop: no second message from here.
                new CountDownLatch(1).await();
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            Runtime.getRuntime().removeShutdownHook(onSignal);
        }
    }

    /**
     * The JVM is going down while the job runs: cancel the job (its checkpoints are kept), publish
     * nothing, and print one line with the checkpoint to resume from.
     */
    private static void stop(JobClient job, String checkpoints, PrintStream console) {
        try {
            job.cancel().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // The MiniCluster goes down with the JVM anyway; the completed checkpoints are on disk.
        }
        String latest = LatestCheckpoint.under(checkpoints, job.getJobID());
        console.println("sbir-enrich: stopped before the end of the input, nothing published; "
                + (latest == null
                        ? "no checkpoint was completed: start again with --overwrite"
                        : "resume with the same options and --resume-from " + latest));
    }

    /**
     * A run never mixes its output with an earlier run's: that would break exactly-once counts. A
     * resumed run continues its own output, which its checkpoint describes.
     */
    private static void prepareOutput(Path output, boolean overwrite, boolean resuming) throws IOException {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new UsageException("output is not a directory: " + output);
        }
        if (resuming) {
            if (overwrite) {
                throw new UsageException("--resume-from continues the output directory in place: drop --overwrite");
            }
            if (!Files.isDirectory(output)) {
                throw new UsageException("--resume-from continues an earlier run's output, but " + output + " does not exist");
            }
            return;
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
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UsageException("output directory is not writable: " + output + " (" + e.getMessage() + ")");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

package dev.sbirenrich.cli;

import dev.sbirenrich.cluster.FlinkRestClient;
import dev.sbirenrich.cluster.JobSubmission;
import dev.sbirenrich.config.EnrichmentSettings;
import dev.sbirenrich.quality.RunGate;
import dev.sbirenrich.run.RunSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code submit}: a new run of the job on a Flink cluster, over its REST API. Returns once
 * submitted, or with {@code --wait} once the bounded job has ended and its output has been through
 * the quality gate, exactly as a local run's.
 */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Submit the enrichment job to a Flink cluster (REST upload + run); returns once it is submitted"
                + " (or, with --wait, once it has ended and its output is published or refused by the gate).")
public class SubmitCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Mixin
    RunOptions run;

    @Mixin
    StreamingJobOptions streaming;

    @Option(names = "--jar", paramLabel = "FILE", description = "Job jar (default: target/sbir-enrich-job.jar of the project).")
    Path jar;

    @Option(names = "--wait", description = "Wait for the bounded job to end, then count its output, apply the quality"
            + " gate and publish it (_SUCCESS + manifest.json) or refuse it (_GATE_FAILED), as a local run does;"
            + " the output directory must be reachable from here. Exits non-zero when the job or the gate fails.")
    boolean waitForGate;

    @Override
    public Integer call() throws Exception {
        return submit(null, false);
    }

    /** Uploads the jar and runs it, from {@code savepoint} when given; prints the job id and web UI link. */
    Integer submit(String savepoint, boolean allowNonRestoredState) throws Exception {
        if (waitForGate && streaming.monitorAwardsSeconds != null) {
            throw new UsageException("--wait needs a bounded run: a job with --monitor-awards runs until it is stopped");
        }
        var client = cluster.client();
        // Read the baseline before the job starts, so the summary compares with the one the job saw.
        EnrichmentSettings settings = waitForGate ? run.settings() : null;
        RunGate gate = waitForGate ? RunGate.prepare(settings.quality) : null;
        Instant started = Instant.now();
        String jobId = JobSubmission.submit(client, jar != null ? jar : JobSubmission.defaultJar(),
                jobArguments(run, streaming), savepoint, allowNonRestoredState);
        JobSubmission.report(System.out, client, jobId);
        if (waitForGate) {
            awaitAndPublish(client, jobId, started, settings, gate);
        }
        return 0;
    }

    private void awaitAndPublish(FlinkRestClient client, String jobId, Instant started, EnrichmentSettings settings,
            RunGate gate) throws Exception {
        System.out.println("waiting for job " + jobId + " to end ...");
        String state = client.awaitJobState(jobId, Duration.ofDays(7), "FINISHED", "FAILED", "CANCELED");
        if (!"FINISHED".equals(state)) {
            throw new UsageException("job " + jobId + " ended " + state + "; its output is not published"
                    + " (see the web UI's Exceptions tab)");
        }
        RunSummary summary = new RunSummary();
        summary.runId = jobId;
        summary.startedAt = started.toString();
        summary.wallTimeMs = client.get("/jobs/" + jobId).path("duration").asLong();
        // The job read the decisions on the cluster; the count of those it did nothing with needs them here.
        RunCompletion.complete(summary, settings, gate, run, RunCompletion.readingRecipients(run),
                List.of(RunOptions.decisions(settings, Duration.ZERO).submitted()), System.out);
    }

    static List<String> jobArguments(RunOptions run, StreamingJobOptions streaming) {
        List<String> args = new ArrayList<>(run.jobArguments());
        args.addAll(streaming.jobArguments());
        return args;
    }
}

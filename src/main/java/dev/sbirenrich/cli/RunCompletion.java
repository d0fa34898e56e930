package dev.sbirenrich.cli;

import dev.sbirenrich.config.EnrichmentSettings;
import dev.sbirenrich.model.Decision;
import dev.sbirenrich.quality.InputFingerprint;
import dev.sbirenrich.quality.RunGate;
import dev.sbirenrich.report.OutputScan;
import dev.sbirenrich.report.RunReport;
import dev.sbirenrich.run.RunSummary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What follows a finished bounded run, wherever it ran (embedded or on a cluster): count the
 * committed output, let the gate publish it or not, write run-summary.json and the run report,
 * print the summary, and fail with the gate's one-line reason when the run was not published.
 */
public final class RunCompletion {
    private RunCompletion() {}

    /** The recipients' fingerprints, read from their files: when no snapshot's manifest has them. */
    public static Callable<List<InputFingerprint>> readingRecipients(RunOptions options) {
        return () -> InputFingerprint.of(options.recipients.paths);
    }

    /**
     * {@code summary} carries what only the caller knows (run id, start, timings); the run's
     * settings and inputs are copied from {@code settings} and {@code options}, counts are filled here,
     * the reviewers' decisions counted against {@code given}, those the job was started with.
     */
    public static RunSummary complete(RunSummary summary, EnrichmentSettings settings, RunGate gate,
            RunOptions options, Callable<List<InputFingerprint>> recipientsFingerprints, List<Decision> given,
            PrintStream console) throws Exception {
        Path output = options.output.toAbsolutePath().normalize();
        summary.parallelism = settings.pipeline.parallelism;
        summary.awardsInputs = options.awards;
        summary.recipientsInputs = options.recipients.paths;
        summary.recipientsFormat = options.recipients.format;
        // The inputs' SHA-256 (for the manifest) is taken beside the scan of the output: the job
        // has ended, and each of them keeps one core busy for a few seconds at full scale.
        ExecutorService hashing = Executors.newFixedThreadPool(2);
        try {
            Future<List<InputFingerprint>> awards = hashing.submit(() -> InputFingerprint.of(options.awards));
            Future<List<InputFingerprint>> recipients = hashing.submit(recipientsFingerprints);
            OutputScan.fill(summary, output, given);
            gate.publish(summary, output, awards.get(), recipients.get());
        } finally {
            hashing.shutdownNow();
        }
        summary.write(output);
        RunReport.write(summary, output);
        SummaryPrinter.print(summary, output, console);
        RunGate.requirePublished(summary, output);
        return summary;
    }
}

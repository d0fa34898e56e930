package dev.sbirenrich.cli;

import dev.sbirenrich.config.EnrichmentSettings;
import dev.sbirenrich.quality.RunGate;
import dev.sbirenrich.report.OutputScan;
import dev.sbirenrich.report.RunReport;
import dev.sbirenrich.report.RunSummary;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What follows a finished bounded run, wherever it ran (embedded or on a cluster): count the
 * committed output, let the gate publish it or not, write run-summary.json and the run report,
 * print the summary, and fail with the gate's one-line reason when the run was not published.
 */
public final class RunCompletion {
    private RunCompletion() {}

    /**
     * {@code summary} carries what only the caller knows (run id, start, timings); the run's
     * settings and inputs are copied from {@code settings} and {@code options}, counts are filled here.
     */
    public static RunSummary complete(RunSummary summary, EnrichmentSettings settings, RunGate gate,
            RunOptions options, PrintStream console) throws Exception {
        Path output = options.output.toAbsolutePath().normalize();
        summary.runtimeMode = settings.pipeline.runtimeMode;
        summary.parallelism = settings.pipeline.parallelism;
        summary.awardsInputs = options.awards;
        summary.recipientsInputs = options.recipients;
        summary.recipientsFormat = options.recipientsFormat;
        OutputScan.fill(summary, output);
        gate.publish(summary, output, options.awards, options.recipients);
        summary.write(output);
        RunReport.write(summary, output);
        SummaryPrinter.print(summary, output, console);
        RunGate.requirePublished(summary, output);
        return summary;
    }
}

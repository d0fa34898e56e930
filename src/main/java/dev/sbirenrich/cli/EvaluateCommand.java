package dev.sbirenrich.cli;

import dev.sbirenrich.evaluation.EvaluationOptions;
import dev.sbirenrich.evaluation.EvaluationReport;
import dev.sbirenrich.evaluation.Evaluator;
import dev.sbirenrich.run.OutputLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate}: precision, recall and F1 of a run against the generator's truth.csv. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measure a run's matches against truth.csv; optionally beside the original algorithm.")
public class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--enriched", paramLabel = "DIR", required = true,
            description = "The run's output directory (its enriched/ is read) or the enriched directory.")
    Path enriched;

    @Option(names = "--truth", paramLabel = "FILE", required = true, description = "truth.csv from generate.")
    Path truth;

    @Option(names = "--out", paramLabel = "DIR", description = "Where evaluation.json and evaluation.md go (default: --enriched).")
    Path out;

    @Option(names = "--recipients", paramLabel = "FILE",
            description = "The recipients CSV the run used: a candidate whose list of namesakes tied at the best score"
                    + " leaves out the true company, a namesake too, then counts as ambiguous.")
    Path recipients;

    @Option(names = "--legacy-recipients", paramLabel = "FILE",
            description = "Recipients CSV for the original algorithm, run beside ours (use a small one).")
    Path legacyRecipients;

    @Option(names = "--legacy-awards", paramLabel = "FILE", description = "The awards CSV the run enriched.")
    Path legacyAwards;

    @Option(names = "--legacy-sample", paramLabel = "N", description = "Award records the original scores (default: ${DEFAULT-VALUE}).")
    int legacySample = 2000;

    @Option(names = "--simulate-review", paramLabel = "N",
            description = "Simulate a perfect reviewer from the truth on the first N awards of the run's review list"
                    + " (candidates before near passes, each highest score first): recall and precision per number"
                    + " of decisions, and the decisions CSV (docs/review.md).")
    Integer simulateReview;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String problem = problem();
        if (problem != null) {
            err.println("evaluate: " + problem);
            return 2;
        }
        EvaluationOptions options = new EvaluationOptions();
        options.enrichedDir = enriched;
        options.truthFile = truth;
        options.outDir = out == null ? enriched : out;
        options.recipientsFile = recipients;
        options.legacyRecipients = legacyRecipients;
        options.legacyAwards = legacyAwards;
        options.legacySample = legacySample;
        options.simulateReview = simulateReview;
        try {
            EvaluationReport report = new Evaluator().evaluate(options);
            spec.commandLine().getOut().printf("evaluated %d awards: precision %s, recall %s, wrong-entity matches %d; report in %s%n",
                    report.ours.overall.awards, percent(report.ours.overall.precision()),
                    percent(report.ours.overall.recall()), report.ours.overall.wrongEntity,
                    options.outDir.resolve(Evaluator.MARKDOWN_FILE));
            EvaluationReport.ReviewSimulation simulation = report.reviewSimulation;
            if (simulation != null) {
                EvaluationReport.CurvePoint last = simulation.curve.get(simulation.curve.size() - 1);
                spec.commandLine().getOut().printf("simulated review of %d of %d listed awards: recall %s, precision %s; "
                        + "decisions in %s%n", simulation.reviewed, simulation.listed, percent(last.recall),
                        percent(last.precision), simulation.decisionsFile);
            }
            return 0;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            err.println("evaluate: " + e.getMessage());
            return 1;
        }
    }

    private String problem() {
        if (!Files.isDirectory(enriched)) {
            return "no such directory: " + enriched;
        }
        if (!Files.isRegularFile(truth)) {
            return "no such file: " + truth;
        }
        if (recipients != null && !Files.isRegularFile(recipients)) {
            return "no such file: " + recipients;
        }
        if ((legacyRecipients == null) != (legacyAwards == null)) {
            return "--legacy-recipients and --legacy-awards go together";
        }
        if (legacyRecipients != null && !Files.isRegularFile(legacyRecipients)) {
            return "no such file: " + legacyRecipients;
        }
        if (legacyAwards != null && !Files.isRegularFile(legacyAwards)) {
            return "no such file: " + legacyAwards;
        }
        if (legacySample < 1) {
            return "--legacy-sample must be at least 1";
        }
        if (simulateReview != null && simulateReview < 1) {
            return "--simulate-review must be at least 1";
        }
        if (simulateReview != null && !Files.isDirectory(enriched.resolve(OutputLayout.ENRICHED_DIR))) {
            return "--simulate-review needs a run's output directory (with " + OutputLayout.ENRICHED_DIR + "/): "
                    + enriched;
        }
        return null;
    }

    private static String percent(Double value) {
        return value == null ? "n/a" : String.format("%.2f%%", value * 100);
    }
}

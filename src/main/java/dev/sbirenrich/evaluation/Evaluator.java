package dev.sbirenrich.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.review.ReviewScan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins a run's enriched output with truth.csv and measures the accepted matches; optionally runs
 * the legacy matcher on a sample of the same awards and measures it the same way.
 */
public final class Evaluator {
    public static final String JSON_FILE = "evaluation.json";
    public static final String MARKDOWN_FILE = "evaluation.md";
    private static final int MISSING_EXAMPLES = 20;

    public EvaluationReport evaluate(EvaluationOptions options) throws IOException {
        Path enriched = enrichedDirectory(options.enrichedDir);
        TruthTable truth = TruthTable.load(options.truthFile);
        EvaluationReport report = new EvaluationReport();
        report.enrichedDir = enriched.toString();
        report.truthFile = options.truthFile.toString();
        report.truthRecords = truth.size();

        Map<String, Outcome> seen = new HashMap<>();
        EnrichedReader reader = new EnrichedReader();
        for (Path part : EnrichedReader.partFiles(enriched)) {
            reader.read(part, (fileName, record, outcome) -> {
                report.enrichedRecords++;
                TruthRecord t = truth.get(fileName, record);
                if (t == null) {
                    report.enrichedWithoutTruth++;
                } else if (seen.putIfAbsent(t.key(), outcome) != null) {
                    report.duplicateEnriched++;
                }
            });
        }
        if (options.recipientsFile != null) {
            report.namesakesAhead = NamesakesAhead.mark(seen, truth, options.recipientsFile);
        }
        for (TruthRecord t : truth.all()) {
            Outcome outcome = seen.get(t.key());
            if (outcome == null) {
                countMissing(report.missing, t);
            } else {
                report.ours.add(t, outcome);
            }
        }
        Tally neither = report.ours.byIdentifierType.getOrDefault("neither", new Tally());
        report.goals = List.of(
                new EvaluationReport.Goal("precision of accepted matches", report.ours.overall.precision(), 0.995),
                new EvaluationReport.Goal("recall of awards whose company is in the reference",
                        report.ours.overall.recall(), 0.97),
                new EvaluationReport.Goal("precision, awards with no usable identifier", neither.precision(), 0.98),
                new EvaluationReport.Goal("recall, awards with no usable identifier", neither.recall(), 0.90));
        if (options.legacyRecipients != null) {
            report.legacy = compareWithLegacy(options, truth, seen);
        }
        Files.createDirectories(options.outDir);
        if (options.simulateReview != null) {
            // The list the review page shows with the default settings, in its order.
            MatchingSettings settings = new MatchingSettings();
            report.reviewSimulation = ReviewSimulator.simulate(
                    new ReviewScan(settings, settings.autoAcceptMargin).awards(options.enrichedDir),
                    options.simulateReview, seen, truth, report.ours.overall, options.outDir);
        }
        write(report, options.outDir);
        return report;
    }

    /** A run directory holds enriched/; accept that directory or the enriched directory itself. */
    static Path enrichedDirectory(Path dir) throws IOException {
        Path inner = dir.resolve("enriched");
        if (Files.isDirectory(inner)) {
            return inner;
        }
        if (Files.isDirectory(dir)) {
            return dir;
        }
        throw new IOException("no such directory: " + dir);
    }

    private static void countMissing(EvaluationReport.Missing missing, TruthRecord t) {
        missing.total++;
        if (t.defect() != null) {
            missing.malformed++;
            return;
        }
        missing.other++;
        missing.otherByNoise.merge(t.noise(), 1L, Long::sum);
        if (missing.otherExamples.size() < MISSING_EXAMPLES) {
            missing.otherExamples.add(t.record());
        }
    }

    private static EvaluationReport.LegacyComparison compareWithLegacy(EvaluationOptions options, TruthTable truth,
            Map<String, Outcome> ours) throws IOException {
        LegacyRun.Result run = LegacyRun.run(options.legacyRecipients, options.legacyAwards, options.legacySample);
        EvaluationReport.LegacyComparison c = new EvaluationReport.LegacyComparison();
        c.recipientsFile = options.legacyRecipients.toString();
        c.awardsFile = options.legacyAwards.toString();
        c.recipients = run.recipients();
        c.legacySeconds = Math.round(run.seconds() * 100) / 100.0;
        c.legacyMethodCounts = run.methodCounts();
        String fileName = options.legacyAwards.getFileName().toString();
        long countedMatched = 0;
        for (Map.Entry<Long, Outcome> e : run.outcomes().entrySet()) {
            TruthRecord t = truth.get(fileName, e.getKey());
            if (t == null) {
                continue;
            }
            Outcome ourOutcome = ours.get(t.key());
            if (ourOutcome == null) {
                // Compare like with like: only awards both matchers saw.
                continue;
            }
            c.sampleRecords++;
            c.legacy.add(t, e.getValue());
            c.oursOnSample.add(t, ourOutcome);
            if (run.countedMatched().contains(e.getKey())) {
                countedMatched++;
            }
        }
        c.legacyReportedMatchRate = c.sampleRecords == 0 ? null : (double) countedMatched / c.sampleRecords;
        return c;
    }

    private static void write(EvaluationReport report, Path outDir) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(outDir.resolve(JSON_FILE).toFile(), report);
        Files.writeString(outDir.resolve(MARKDOWN_FILE), MarkdownReport.render(report), StandardCharsets.UTF_8);
    }
}

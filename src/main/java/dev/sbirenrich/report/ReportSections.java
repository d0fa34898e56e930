package dev.sbirenrich.report;

import dev.sbirenrich.model.MatchMethod;
import dev.sbirenrich.run.DecisionTally;
import dev.sbirenrich.run.MatchTally;
import dev.sbirenrich.run.RunSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** What the run report says, built once from a run summary for both renderers. */
final class ReportSections {
    private ReportSections() {}

    static List<ReportSection> of(RunSummary s) {
        List<ReportSection> sections = new ArrayList<>();
        sections.add(overview(s));
        sections.add(gate(s));
        sections.add(methods(s));
        sections.add(scores(s));
        sections.add(breakdown("Match rate by phase", "SBIR/STTR phase as written in the award's Phase column.",
                "Phase", s.matchByPhase));
        sections.add(breakdown("Match rate by company size",
                "Employee ranges from the award's Number Employees column; unknown where blank or unreadable.",
                "Employees", s.matchByCompanySize));
        sections.add(breakdown("Match rate by identifier type",
                "Which valid identifiers the award carried: both UEI and DUNS, UEI only, DUNS only, neither.",
                "Identifiers", s.matchByIdentifierType));
        sections.add(breakdown("Match rate by award year", null, "Award year", s.matchByAwardYear));
        sections.add(rejected(s));
        sections.add(decisions(s));
        sections.add(timings(s));
        return sections;
    }

    private static ReportSection overview(RunSummary s) {
        List<List<String>> rows = new ArrayList<>();
        row(rows, "Run", s.runId);
        row(rows, "Started", s.startedAt);
        row(rows, "Parallelism", s.parallelism == 0 ? null : String.valueOf(s.parallelism));
        row(rows, "Reference snapshot", s.referenceSnapshot == null ? null
                : String.format(java.util.Locale.ROOT, "%s (%,d rows, %s)", s.referenceSnapshot, s.referenceRows,
                        Boolean.TRUE.equals(s.referenceReused) ? "reused" : "built for this run"));
        if (s.awardsByReference.size() > 1) {
            row(rows, "Awards by reference snapshot (refreshed while running)", s.awardsByReference.entrySet().stream()
                    .map(e -> String.format(java.util.Locale.ROOT, "%s: %,d", e.getKey(), e.getValue()))
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        row(rows, "Awards inputs", s.awardsInputs == null ? null : String.join(", ", s.awardsInputs));
        row(rows, "Recipients inputs", s.recipientsInputs == null ? null
                : String.join(", ", s.recipientsInputs) + " (" + s.recipientsFormat + ")");
        row(rows, "Awards read", count(s.awardsRead));
        row(rows, "Enriched", count(s.awardsEnriched));
        row(rows, "Rejected", count(s.awardsRejected));
        row(rows, "Reconciled", s.reconciled ? "yes"
                : "NO: missing " + s.missingRecords + ", duplicated " + s.duplicateRecords);
        row(rows, "Match rate", percent(s.matchRate)
                + " (identifier and auto-accepted name matches; candidates apart)");
        row(rows, "Invalid identifiers", "UEI " + count(s.invalidUei) + ", DUNS " + count(s.invalidDuns));
        row(rows, "Matches through a shared identifier", count(s.duplicateIdentifierMatches));
        row(rows, "Recipient rows rejected", count(s.recipientsRejected));
        return new ReportSection("Overview", null, List.of("", ""), rows, null);
    }

    private static ReportSection gate(RunSummary s) {
        List<List<String>> rows = new ArrayList<>();
        if (s.gate != null) {
            row(rows, "Verdict", s.gate.verdict == null ? "none (the monitor never saw the end of the input)" : s.gate.verdict);
            row(rows, "Output", s.gate.published ? "published (_SUCCESS, manifest.json)" : "NOT published (_GATE_FAILED)");
            s.gate.reasons.forEach(reason -> row(rows, "Failed", reason));
            s.gate.warnings.forEach(warning -> row(rows, "Warning", warning));
        }
        if (s.baseline != null) {
            row(rows, "Baseline match rate", percent(s.baseline.baselineMatchRate)
                    + (s.baseline.baselineRunId == null ? " (pinned in the settings)" : " (run " + s.baseline.baselineRunId + ")"));
            row(rows, "Against the baseline", String.format(Locale.ROOT, "%+.2f points: %s",
                    -s.baseline.declinePoints, s.baseline.severity));
        }
        String note = s.gate == null ? "No gate outcome recorded for this run."
                : s.baseline == null ? "No baseline stored: the run was not compared with one." : null;
        return new ReportSection("Quality gate and baseline", note, List.of("", ""), rows, null);
    }

    private static ReportSection methods(RunSummary s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (MatchMethod method : MatchMethod.values()) {
            long n = s.methods.getOrDefault(method.label(), 0L);
            double share = s.awardsEnriched == 0 ? 0 : (double) n / s.awardsEnriched;
            rows.add(List.of(method.label(), count(n), percent(share)));
            labels.add(method.label());
            shares.add(share);
        }
        return new ReportSection("Match methods", "Share of enriched awards per match method.",
                List.of("Method", "Awards", "Share"), rows,
                new ReportSection.Chart(labels, List.of(new ReportSection.Series("share", shares)), true));
    }

    private static ReportSection scores(RunSummary s) {
        // Every bucket from the lowest to the highest seen, so the axis has no holes.
        var steps = Stream.concat(s.acceptedScoreHistogram.keySet().stream(), s.candidateScoreHistogram.keySet().stream())
                .mapToInt(label -> (int) Math.round(Double.parseDouble(label) * OutputScan.SCORE_BUCKETS))
                .summaryStatistics();
        List<String> buckets = new ArrayList<>();
        for (int step = steps.getMin(); steps.getCount() > 0 && step <= steps.getMax(); step++) {
            buckets.add(OutputScan.scoreBucketLabel(step));
        }
        List<List<String>> rows = new ArrayList<>();
        List<Double> accepted = new ArrayList<>();
        List<Double> candidates = new ArrayList<>();
        for (String bucket : buckets) {
            long a = s.acceptedScoreHistogram.getOrDefault(bucket, 0L);
            long c = s.candidateScoreHistogram.getOrDefault(bucket, 0L);
            rows.add(List.of(bucket + "–" + upper(bucket), count(a), count(c)));
            accepted.add((double) a);
            candidates.add((double) c);
        }
        return new ReportSection("Fuzzy score distribution",
                "Name-match scores of auto-accepted matches and of candidates left for review, in steps of 0.05.",
                List.of("Score", "Auto-accepted", "Candidates"), rows,
                buckets.isEmpty() ? null : new ReportSection.Chart(buckets, List.of(
                        new ReportSection.Series("auto-accepted", accepted),
                        new ReportSection.Series("candidates", candidates)), false));
    }

    private static ReportSection decisions(RunSummary s) {
        DecisionTally d = s.decisions;
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("given (valid rows of the decisions files at the start)", count(d.given)));
        rows.add(List.of("applied: " + MatchMethod.MANUAL_ACCEPT.label(),
                count(s.methods.getOrDefault(MatchMethod.MANUAL_ACCEPT.label(), 0L))));
        rows.add(List.of("applied: " + MatchMethod.MANUAL_REJECT.label(),
                count(s.methods.getOrDefault(MatchMethod.MANUAL_REJECT.label(), 0L))));
        rows.add(List.of("not applied: accepted recipient not in the reference", count(d.unapplied)));
        rows.add(List.of("not applied: award not in this run", count(d.absent)));
        rows.add(List.of("rows that cannot be applied (in rejected/, input decisions)", count(d.rejectedRows)));
        d.unappliedDecisions.forEach(decision -> rows.add(List.of("recipient not in the reference", decision)));
        d.absentDecisions.forEach(decision -> rows.add(List.of("award not in this run", decision)));
        return new ReportSection("Review decisions", "Reviewers' verdicts fed back with --decisions (docs/review.md);"
                + " at most " + DecisionTally.LISTED + " of each kind that did nothing are listed by name.",
                List.of("", "Decisions"), rows, null);
    }

    private static ReportSection breakdown(String title, String note, String bucketName, Map<String, MatchTally> tallies) {
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        for (Map.Entry<String, MatchTally> e : tallies.entrySet()) {
            MatchTally t = e.getValue();
            rows.add(List.of(e.getKey(), count(t.awards), count(t.matched), t.awards == 0 ? "–" : percent(t.rate())));
            labels.add(e.getKey());
            rates.add(t.rate());
        }
        return new ReportSection(title, note, List.of(bucketName, "Awards", "Matched", "Match rate"), rows,
                labels.isEmpty() ? null
                        : new ReportSection.Chart(labels, List.of(new ReportSection.Series("match rate", rates)), true));
    }

    private static ReportSection rejected(RunSummary s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        for (Map.Entry<String, Long> e : s.rejectedByReason.entrySet()) {
            rows.add(List.of(e.getKey(), count(e.getValue())));
            labels.add(e.getKey());
            counts.add((double) e.getValue());
        }
        return new ReportSection("Rejected award rows by reason",
                rows.isEmpty() ? "No award row was rejected." : "Rows the readers could not use; see rejected/ for each row.",
                List.of("Reason", "Rows"), rows,
                labels.isEmpty() ? null
                        : new ReportSection.Chart(labels, List.of(new ReportSection.Series("rows", counts)), false));
    }

    private static ReportSection timings(RunSummary s) {
        List<List<String>> rows = new ArrayList<>();
        row(rows, "Wall time", seconds(s.wallTimeMs));
        row(rows, "Awards per second", s.wallTimeMs == 0 ? null
                : String.format(Locale.ROOT, "%,.0f", s.awardsRead * 1000.0 / s.wallTimeMs));
        row(rows, "Reference snapshot ready after", s.referenceLoadMs == null ? null : seconds(s.referenceLoadMs));
        row(rows, "Peak heap used", s.peakHeapUsedMb == null ? null
                : String.format(Locale.ROOT, "%,d MB of %,d MB", s.peakHeapUsedMb, s.maxHeapMb));
        return new ReportSection("Timings and memory",
                "Local runs: the job and its MiniCluster share one JVM; heap sampled every second.",
                List.of("", ""), rows, null);
    }

    /** Adds a two-cell row when the value is known. */
    private static void row(List<List<String>> rows, String label, String value) {
        if (value != null) {
            rows.add(List.of(label, value));
        }
    }

    private static String upper(String bucket) {
        return String.format(Locale.ROOT, "%.2f", Double.parseDouble(bucket) + 0.05);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}

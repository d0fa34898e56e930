package dev.sbirenrich.evaluation;

import java.util.Locale;
import java.util.Map;

/** evaluation.md: the same figures as evaluation.json, as tables. */
final class MarkdownReport {
    private static final String TALLY_HEADER =
            "| | awards | in reference | accepted | correct | wrong entity | matched absent | candidates (hits, ambiguous)"
            + " | unmatched | precision | recall | recall ceiling | F1 |\n"
            + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";

    private MarkdownReport() {}

    static String render(EvaluationReport r) {
        StringBuilder md = new StringBuilder();
        md.append("# Evaluation against the truth\n\n");
        md.append("- enriched: `").append(r.enrichedDir).append("`, truth: `").append(r.truthFile).append("`\n");
        md.append("- truth records: ").append(r.truthRecords).append(", enriched records: ").append(r.enrichedRecords)
                .append(", enriched without truth: ").append(r.enrichedWithoutTruth)
                .append(", duplicates: ").append(r.duplicateEnriched).append('\n');
        md.append("- missing from the enriched output: ").append(r.missing.total).append(" (malformed rows, expected in rejected/: ")
                .append(r.missing.malformed).append("; others: ").append(r.missing.other);
        if (r.missing.other > 0) {
            md.append(", by noise ").append(r.missing.otherByNoise).append(", e.g. records ").append(r.missing.otherExamples);
        }
        md.append(")\n");
        md.append(r.namesakesAhead == null
                ? "- candidates led by a namesake of the true company: not judged (no recipients file given)\n\n"
                : "- ambiguous because a namesake of the true company leads the candidates: " + r.namesakesAhead
                        + " (the same name, ranked first by a place that is not the true company's)\n\n");
        md.append("Precision = correct / accepted; recall = correct / awards whose company is in the reference. ")
                .append("Candidates carry no recipient and count as neither right nor wrong; \"hits\" hold the true company;")
                .append(" \"ambiguous\" candidates have it tied at the best score with a namesake, or led by one, so")
                .append(" nothing the award says tells them apart: misses by construction, for review. The recall")
                .append(" ceiling leaves them out.\n\n");

        md.append("## Goals\n\n| goal | value | target | met |\n|---|---:|---:|---|\n");
        for (EvaluationReport.Goal g : r.goals) {
            md.append("| ").append(g.name).append(" | ").append(percent(g.value)).append(" | ")
                    .append(percent(g.target)).append(" | ").append(g.met ? "yes" : "**no**").append(" |\n");
        }
        md.append('\n');
        if (r.reviewSimulation != null) {
            reviewSimulation(md, r.reviewSimulation);
        }
        scoreboard(md, "Ours", r.ours);

        if (r.legacy != null) {
            EvaluationReport.LegacyComparison c = r.legacy;
            md.append("## Side by side with the original algorithm\n\n");
            md.append("Same ").append(c.sampleRecords).append(" award records (the first of `").append(c.awardsFile)
                    .append("`), legacy matcher against ").append(c.recipients).append(" recipients of `")
                    .append(c.recipientsFile).append("` in ").append(c.legacySeconds).append(" s. ")
                    .append("The original reported a match rate of ").append(percent(c.legacyReportedMatchRate))
                    .append(" on these awards, counting review candidates as matched.\n\n");
            md.append("| matcher | accepted | correct | wrong entity | matched absent | candidates | precision | recall | F1 |\n")
                    .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            sideRow(md, "legacy", c.legacy.overall);
            sideRow(md, "ours", c.oursOnSample.overall);
            md.append("\n### By noise kind (precision / recall)\n\n| noise | awards | legacy | ours |\n|---|---:|---|---|\n");
            for (Map.Entry<String, Tally> e : c.legacy.byNoise.entrySet()) {
                Tally ours = c.oursOnSample.byNoise.getOrDefault(e.getKey(), new Tally());
                md.append("| ").append(e.getKey()).append(" | ").append(e.getValue().awards).append(" | ")
                        .append(pr(e.getValue())).append(" | ").append(pr(ours)).append(" |\n");
            }
            md.append("\n### By identifier type (precision / recall)\n\n| identifiers | awards | legacy | ours |\n|---|---:|---|---|\n");
            for (Map.Entry<String, Tally> e : c.legacy.byIdentifierType.entrySet()) {
                Tally ours = c.oursOnSample.byIdentifierType.getOrDefault(e.getKey(), new Tally());
                md.append("| ").append(e.getKey()).append(" | ").append(e.getValue().awards).append(" | ")
                        .append(pr(e.getValue())).append(" | ").append(pr(ours)).append(" |\n");
            }
            md.append('\n');
            scoreboard(md, "Legacy (detail)", c.legacy);
        }
        return md.toString();
    }

    private static void reviewSimulation(StringBuilder md, EvaluationReport.ReviewSimulation s) {
        md.append("## Simulated review\n\n");
        md.append("A perfect reviewer, told the truth, decided the first ").append(s.reviewed).append(" of the ")
                .append(s.listed).append(" awards of the review list (").append(s.requested)
                .append(" asked for), in the review page's order (candidates before near passes, each highest score first): it accepts the offered ")
                .append("recipient that is the true company by its UEI (confirming a correct near-pass auto-match), ")
                .append("rejects when none is, and leaves an award as it is when the true company is offered only ")
                .append("without a UEI. Each row is what this evaluation would measure after the first *decisions* ")
                .append("awards are decided and the run repeated with them; *changed* awards became correct or ")
                .append("lost a wrong match; the last column is the recall gained since the row above, in percentage ")
                .append("points per 1,000 decisions. Verdicts: ").append(s.verdicts).append("; the decisions are in `")
                .append(s.decisionsFile).append("`.\n\n");
        md.append("| decisions | changed | recall | precision | recall points per 1,000 decisions |\n")
                .append("|---:|---:|---:|---:|---:|\n");
        for (EvaluationReport.CurvePoint p : s.curve) {
            md.append("| ").append(p.decisions).append(" | ").append(p.changed).append(" | ").append(percent(p.recall))
                    .append(" | ").append(percent(p.precision)).append(" | ")
                    .append(p.recallPointsPer1000 == null ? "" : String.format(Locale.ROOT, "%.2f", p.recallPointsPer1000))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void scoreboard(StringBuilder md, String title, Scoreboard s) {
        md.append("## ").append(title).append("\n\n").append(TALLY_HEADER);
        row(md, "**overall**", s.overall);
        section(md, "By method", s.byMethod);
        section(md, "By noise kind", s.byNoise);
        section(md, "By identifier type", s.byIdentifierType);
        section(md, "By identifier format", s.byIdFormat);
        if (!s.byTypoKind.isEmpty()) {
            section(md, "Typo awards by kind of slip", s.byTypoKind);
            section(md, "Typo awards by the slipped letter's place in its word", s.byTypoLetter);
            section(md, "Typo awards by the slipped word's place in the name", s.byTypoWord);
        }
    }

    private static void section(StringBuilder md, String title, Map<String, Tally> tallies) {
        md.append("\n### ").append(title).append("\n\n").append(TALLY_HEADER);
        tallies.forEach((name, t) -> row(md, name, t));
        md.append('\n');
    }

    private static void row(StringBuilder md, String name, Tally t) {
        md.append("| ").append(name).append(" | ").append(t.awards).append(" | ").append(t.inReference).append(" | ")
                .append(t.accepted).append(" | ").append(t.correct).append(" | ").append(t.wrongEntity).append(" | ")
                .append(t.matchedAbsent).append(" | ").append(t.candidates).append(" (").append(t.candidateHits)
                .append(", ").append(t.ambiguous).append(") | ").append(t.unmatched).append(" | ")
                .append(percent(t.precision())).append(" | ").append(percent(t.recall())).append(" | ")
                .append(percent(t.recallCeiling())).append(" | ").append(percent(t.f1())).append(" |\n");
    }

    private static void sideRow(StringBuilder md, String name, Tally t) {
        md.append("| ").append(name).append(" | ").append(t.accepted).append(" | ").append(t.correct).append(" | ")
                .append(t.wrongEntity).append(" | ").append(t.matchedAbsent).append(" | ").append(t.candidates)
                .append(" | ").append(percent(t.precision())).append(" | ").append(percent(t.recall())).append(" | ")
                .append(percent(t.f1())).append(" |\n");
    }

    private static String pr(Tally t) {
        return percent(t.precision()) + " / " + percent(t.recall());
    }

    static String percent(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.2f%%", value * 100);
    }
}

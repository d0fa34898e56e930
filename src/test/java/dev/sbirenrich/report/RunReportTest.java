package dev.sbirenrich.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.sbirenrich.run.BaselineComparison;
import dev.sbirenrich.run.GateOutcome;
import dev.sbirenrich.run.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Breakdowns counted from hand-made output lines, and both renderings of them. */
class RunReportTest {
    @TempDir
    Path run;

    static String enriched(long record, String method, double score, String phase, Integer employees, Integer year,
            String ueiStatus, String dunsStatus) {
        return String.format(Locale.ROOT, "{\"award\":{\"Company\":\"X <b>&\",\"Phase\":%s,\"Abstract\":\"a\"},"
                        + "\"parsed\":{\"amount\":1.0,\"award_year\":%s,\"proposal_award_date\":null,\"employees\":%s},"
                        + "\"match\":{\"method\":\"%s\",\"score\":%s,\"recipient\":null,\"candidates\":[{\"score\":0.5}],"
                        + "\"candidates_examined\":3,\"identifier_duplicates\":0,\"identifiers\":{\"uei\":null,"
                        + "\"uei_status\":\"%s\",\"duns\":null,\"duns_status\":\"%s\"}},"
                        + "\"source\":{\"file\":\"file:/in/awards.csv\",\"record\":%d}}",
                phase == null ? "null" : "\"" + phase + "\"", year, employees, method, score, ueiStatus, dunsStatus,
                record);
    }

    static void writeOutput(Path run) throws IOException {
        Files.createDirectories(run.resolve("enriched/2026-01-01--00"));
        Files.createDirectories(run.resolve("rejected"));
        Files.write(run.resolve("enriched/2026-01-01--00/part-0-0"), List.of(
                enriched(1, "uei-exact", 1.0, "Phase I", 5, 2021, "valid", "valid"),
                enriched(2, "name-fuzzy-auto", 0.93, "Phase I", 700, 2021, "missing", "missing"),
                enriched(3, "name-fuzzy-candidate", 0.81, "Phase II", 60, 2022, "missing", "valid"),
                enriched(4, "unmatched", 0.0, " ", null, null, "invalid", "missing")));
        Files.write(run.resolve("rejected/part-0-0"), List.of(
                "{\"input\":\"awards\",\"file\":\"file:/in/awards.csv\",\"record\":5,\"reason\":\"bad-amount\",\"detail\":\"d\",\"raw\":\"r\"}"));
    }

    @Test
    void outputScanCountsEveryBreakdown() throws IOException {
        writeOutput(run);
        RunSummary s = new RunSummary();
        OutputScan.fill(s, run);

        assertThat(s.awardsRead).isEqualTo(5);
        assertThat(s.reconciled).isTrue();
        assertThat(s.matchByPhase).containsOnlyKeys("Phase I", "Phase II", "unknown");
        assertThat(s.matchByPhase.get("Phase I").awards).isEqualTo(2);
        assertThat(s.matchByPhase.get("Phase I").matched).isEqualTo(2);
        assertThat(s.matchByPhase.get("Phase II").matched).isZero();
        assertThat(s.matchByCompanySize.keySet()).containsExactlyElementsOf(CompanySize.BUCKETS);
        assertThat(s.matchByCompanySize.get("0-9").matched).isEqualTo(1);
        assertThat(s.matchByCompanySize.get("over 500").matched).isEqualTo(1);
        assertThat(s.matchByCompanySize.get("50-99").awards).isEqualTo(1);
        assertThat(s.matchByCompanySize.get("unknown").awards).isEqualTo(1);
        assertThat(s.matchByIdentifierType.keySet()).containsExactly("both", "uei-only", "duns-only", "neither");
        assertThat(s.matchByIdentifierType.get("neither").awards).isEqualTo(2);
        assertThat(s.matchByIdentifierType.get("neither").matched).isEqualTo(1);
        assertThat(s.matchByAwardYear).containsOnlyKeys("2021", "2022", "unknown");
        assertThat(s.matchByAwardYear.get("2021").rate()).isEqualTo(1.0);
        assertThat(s.acceptedScoreHistogram).containsExactly(entry("0.90", 1L));
        assertThat(s.candidateScoreHistogram).containsExactly(entry("0.80", 1L));
        assertThat(s.rejectedByReason).containsEntry("bad-amount", 1L);
    }

    @Test
    void scoreBucketsAreFiveHundredthsWideAndOneIsInTheTopBucket() {
        assertThat(OutputScan.scoreBucket(0.85)).isEqualTo("0.85");
        assertThat(OutputScan.scoreBucket(0.8499)).isEqualTo("0.80");
        assertThat(OutputScan.scoreBucket(1.0)).isEqualTo("0.95");
        assertThat(OutputScan.scoreBucket(0.0)).isEqualTo("0.00");
    }

    @Test
    void companySizesFallIntoEmployeeRanges() {
        assertThat(CompanySize.bucket(0)).isEqualTo("0-9");
        assertThat(CompanySize.bucket(10)).isEqualTo("10-49");
        assertThat(CompanySize.bucket(500)).isEqualTo("250-500");
        assertThat(CompanySize.bucket(501)).isEqualTo("over 500");
        assertThat(CompanySize.bucket(null)).isEqualTo("unknown");
    }

    @Test
    void reportCommandPathWritesBothFilesFromOutputAndStoredFacts() throws IOException {
        writeOutput(run);
        RunSummary stored = new RunSummary();
        stored.runId = "run-42";
        stored.wallTimeMs = 2_000;
        stored.peakHeapUsedMb = 300L;
        stored.maxHeapMb = 2048L;
        stored.awardsRead = 999; // a count in the stored file is not trusted: the output is rescanned
        stored.gate = new GateOutcome();
        stored.gate.verdict = "WARNING";
        stored.gate.published = true;
        stored.gate.warnings.add("rejected-rows: 20.0% of rows rejected, above 1.0%");
        stored.baseline = new BaselineComparison();
        stored.baseline.baselineRunId = "run-41";
        stored.baseline.baselineMatchRate = 0.82;
        stored.baseline.declinePoints = 2.0;
        stored.baseline.severity = "WARNING";
        stored.write(run);

        RunSummary s = RunReport.regenerate(run);

        assertThat(s.awardsRead).isEqualTo(5);
        String md = Files.readString(run.resolve(RunReport.MARKDOWN_FILE));
        assertThat(md).contains("# sbir-enrich run report", "| Run | run-42 |", "## Match rate by company size",
                "| over 500 | 1 | 1 | 100.0% |", "| bad-amount | 1 |", "| Peak heap used | 300 MB of 2,048 MB |",
                "| Awards per second | 3 |", "| 0.80–0.85 | 0 | 1 |",
                // the empty bucket between the two scores seen is drawn too
                "| 0.85–0.90 | 0 | 0 |",
                "## Quality gate and baseline", "| Verdict | WARNING |", "| Output | published (_SUCCESS, manifest.json) |",
                "| Warning | rejected-rows: 20.0% of rows rejected, above 1.0% |",
                "| Baseline match rate | 82.0% (run run-41) |", "| Against the baseline | -2.00 points: WARNING |");
        String html = Files.readString(run.resolve(RunReport.HTML_FILE));
        assertThat(html).contains("<svg", "<h2>Match rate by identifier type</h2>", "<td>run-42</td>")
                .doesNotContain("<script", " src=", " href=", "<b>");
    }
}

package dev.sbirenrich.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {
    @TempDir
    Path tmp;

    private Path truth;
    private Path enriched;

    @BeforeEach
    void writeTruth() throws IOException {
        truth = tmp.resolve("truth.csv");
        Files.writeString(truth, String.join("\n",
                "file,record,entity_id,recipient_record,uei,duns,identifier_type,noise,id_format,defect",
                "awards.csv,1,10,10,UEIAAAAAAAA1,000000010,both,exact,clean,",
                "awards.csv,2,20,21,,000000020,duns-only,suffix,duns-lost-zeros,",
                "awards.csv,3,30,30,UEIAAAAAAAA3,,neither,typo,clean,",
                "awards.csv,4,,,,,neither,absent,clean,",
                "awards.csv,5,50,50,UEIAAAAAAAA5,,neither,exact,clean,",
                "awards.csv,6,60,60,UEIAAAAAAAA6,,neither,abbreviation,clean,",
                "awards.csv,7,70,70,UEIAAAAAAAA7,,uei-only,malformed,clean,column-count",
                "awards.csv,8,80,80,UEIAAAAAAAA8,,uei-only,exact,clean,",
                ""));
        enriched = tmp.resolve("run/enriched");
        Files.createDirectories(enriched.resolve("bucket=0"));
        Files.createDirectories(enriched.resolve("bucket=1"));
        Files.writeString(enriched.resolve("bucket=0/part-0-0.jsonl"), String.join("\n",
                // Right by UEI (its DUNS cell is empty).
                line(1, "uei-exact", recipient(10, "ueiaaaaaaaa1 ", null), ""),
                // Right by DUNS written without its leading zeros, on a duplicate row of the company.
                line(2, "duns-exact", recipient(99, null, "20"), ""),
                // Wrong company.
                line(3, "name-fuzzy-auto", recipient(31, "UEIAAAAAAAA9", "000000031"), ""),
                ""));
        Files.writeString(enriched.resolve("bucket=1/part-1-0.jsonl"), String.join("\n",
                // A company absent from the reference, matched anyway.
                line(4, "name-fuzzy-auto", recipient(44, "UEIAAAAAAAA4", null), ""),
                // A candidate whose list holds the true company, tied with a namesake: ambiguous.
                line(5, "name-fuzzy-candidate", "null", "{\"score\":0.8,\"vetoed\":false,\"recipient\":"
                        + recipient(50, null, null) + "},{\"score\":0.8,\"vetoed\":false,\"recipient\":"
                        + recipient(51, "UEIAAAAAAA51", null) + "}"),
                line(6, "unmatched", "null", ""),
                // The same award twice: the second is ignored.
                line(6, "uei-exact", recipient(60, "UEIAAAAAAAA6", null), ""),
                // A line from another file.
                line(1, "unmatched", "null", "").replace("awards.csv", "other.csv"),
                ""));
        // In-progress and marker files are not read.
        Files.writeString(enriched.resolve("bucket=1/.part-1-1.inprogress"), "not json");
        Files.writeString(enriched.resolve("_SUCCESS"), "");
    }

    private static String recipient(long record, String uei, String duns) {
        return "{\"uei\":" + json(uei) + ",\"duns\":" + json(duns) + ",\"legal_business_name\":\"X\",\"source_record\":" + record + "}";
    }

    private static String json(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    private static String line(long record, String method, String recipient, String candidate) {
        return "{\"award\":{\"Company\":\"Acme, \\\"quoted\\\"\",\"values\":[1,2]},\"parsed\":{},\"match\":{\"method\":\"" + method
                + "\",\"score\":0.9,\"recipient\":" + recipient + ",\"candidates\":[" + candidate
                + "],\"candidates_examined\":3},\"source\":{\"file\":\"/data/in/awards.csv\",\"record\":" + record + "}}";
    }

    @Test
    void countsAndMeasuresAreRight() throws IOException {
        EvaluationOptions options = new EvaluationOptions();
        options.enrichedDir = tmp.resolve("run");
        options.truthFile = truth;
        options.outDir = tmp.resolve("out");
        EvaluationReport report = new Evaluator().evaluate(options);

        Tally all = report.ours.overall;
        assertThat(all.awards).isEqualTo(6);
        assertThat(all.inReference).isEqualTo(5);
        assertThat(all.accepted).isEqualTo(4);
        assertThat(all.correct).isEqualTo(2);
        assertThat(all.wrongEntity).isEqualTo(1);
        assertThat(all.matchedAbsent).isEqualTo(1);
        assertThat(all.candidates).isEqualTo(1);
        assertThat(all.candidateHits).isEqualTo(1);
        assertThat(all.unmatched).isEqualTo(1);
        assertThat(all.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(all.recall()).isCloseTo(0.4, within(1e-12));
        assertThat(all.f1()).isCloseTo(2 * 0.5 * 0.4 / 0.9, within(1e-12));

        assertThat(report.enrichedRecords).isEqualTo(8);
        assertThat(report.duplicateEnriched).isEqualTo(1);
        assertThat(report.enrichedWithoutTruth).isEqualTo(1);
        assertThat(report.missing.total).isEqualTo(2);
        assertThat(report.missing.malformed).isEqualTo(1);
        assertThat(report.missing.other).isEqualTo(1);
        assertThat(report.missing.otherExamples).containsExactly(8L);

        Tally neither = report.ours.byIdentifierType.get("neither");
        assertThat(neither.awards).isEqualTo(4);
        assertThat(neither.accepted).isEqualTo(2);
        assertThat(neither.correct).isZero();
        assertThat(report.ours.byNoise.get("typo").wrongEntity).isEqualTo(1);
        assertThat(report.ours.byMethod.get("duns-exact").precision()).isEqualTo(1.0);
        assertThat(report.ours.byIdFormat.get("duns-lost-zeros").correct).isEqualTo(1);
        assertThat(report.goals).hasSize(4).noneMatch(g -> g.met);

        JsonNode json = new ObjectMapper().readTree(tmp.resolve("out/evaluation.json").toFile());
        assertThat(json.at("/ours/overall/precision").asDouble()).isEqualTo(0.5);
        assertThat(json.at("/ours/byIdentifierType/neither/precision").asDouble()).isEqualTo(0.0);
        assertThat(Files.readString(tmp.resolve("out/evaluation.md")))
                .contains("| **overall** | 6 | 5 | 4 | 2 | 1 | 1 | 1 (1, 1) | 1 | 50.00% | 40.00% | 80.00% | 44.44% |");
        assertThat(all.ambiguous).isEqualTo(1);
        assertThat(all.recallCeiling()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void aCandidateLedByANamesakeOfTheTrueCompanyIsAmbiguousListedOrNot() throws IOException {
        Path run = tmp.resolve("namesakes/enriched");
        Files.createDirectories(run);
        Path namesakesTruth = tmp.resolve("namesakes/truth.csv");
        Files.writeString(namesakesTruth, String.join("\n",
                "file,record,entity_id,recipient_record,uei,duns,identifier_type,noise,id_format,defect",
                "awards.csv,1,3,3,UEIZETA00003,,neither,exact,clean,",
                "awards.csv,2,4,4,UEIOMEGA0004,,neither,exact,clean,",
                "awards.csv,3,3,3,UEIZETA00003,,neither,exact,clean,",
                "awards.csv,4,3,3,UEIZETA00003,,neither,typo,clean,",
                ""));
        String tiedZetas = "[" + candidate(1, "UEIZETA00001", "ZETA LABS LLC") + "," + candidate(2, "UEIZETA00002", "Zeta Labs, Corp.") + "]";
        String zetaBelowANamesake = "[" + candidate(1, "UEIZETA00001", "ZETA LABS LLC").replace("0.8", "0.9") + ","
                + candidate(3, "UEIZETA00003", "ZETA LABS INC") + "]";
        String zetaBelowAnother = "[" + candidate(4, "UEIOMEGA0004", "OMEGA WORKS INC").replace("0.8", "0.9") + ","
                + candidate(3, "UEIZETA00003", "ZETA LABS INC") + "]";
        Files.writeString(run.resolve("part-0.jsonl"), String.join("\n",
                "{\"match\":{\"method\":\"name-fuzzy-candidate\",\"recipient\":null,\"candidates\":" + tiedZetas
                        + "},\"source\":{\"file\":\"awards.csv\",\"record\":1}}",
                "{\"match\":{\"method\":\"name-fuzzy-candidate\",\"recipient\":null,\"candidates\":" + tiedZetas
                        + "},\"source\":{\"file\":\"awards.csv\",\"record\":2}}",
                "{\"match\":{\"method\":\"name-fuzzy-candidate\",\"recipient\":null,\"candidates\":"
                        + zetaBelowANamesake + "},\"source\":{\"file\":\"awards.csv\",\"record\":3}}",
                "{\"match\":{\"method\":\"name-fuzzy-candidate\",\"recipient\":null,\"candidates\":"
                        + zetaBelowAnother + "},\"source\":{\"file\":\"awards.csv\",\"record\":4}}",
                ""));
        Path recipients = tmp.resolve("namesakes/recipients.csv");
        Files.writeString(recipients, String.join("\n", "legal_business_name,uei,duns,update_date",
                "ZETA LABS LLC,UEIZETA00001,,2024-01-01", "ZETA LABS CORP,UEIZETA00002,,2024-01-01",
                "ZETA LABS INC,UEIZETA00003,,2024-01-01", "OMEGA WORKS INC,UEIOMEGA0004,,2024-01-01", ""));
        EvaluationOptions options = new EvaluationOptions();
        options.enrichedDir = run;
        options.truthFile = namesakesTruth;
        options.outDir = tmp.resolve("namesakes/out");

        EvaluationReport listedOnly = new Evaluator().evaluate(options);
        options.recipientsFile = recipients;
        EvaluationReport withNames = new Evaluator().evaluate(options);

        assertThat(listedOnly.ours.overall.ambiguous).as("listed below a namesake: the list shows it").isEqualTo(1);
        assertThat(listedOnly.namesakesAhead).isNull();
        assertThat(withNames.namesakesAhead).as("unlisted behind tied namesakes; listed below a namesake")
                .isEqualTo(2);
        assertThat(withNames.ours.overall.ambiguous).as("not OMEGA WORKS, and not ZETA below another name")
                .isEqualTo(2);
        assertThat(withNames.ours.overall.recallCeiling()).isCloseTo(0.5, within(1e-12));
        assertThat(Files.readString(tmp.resolve("namesakes/out/evaluation.md")))
                .contains("ambiguous because a namesake of the true company leads the candidates: 2");
    }

    private static String candidate(long record, String uei, String name) {
        return "{\"score\":0.8,\"vetoed\":false,\"recipient\":{\"uei\":\"" + uei + "\",\"duns\":null,"
                + "\"legal_business_name\":\"" + name + "\",\"source_record\":" + record + "}}";
    }

    @Test
    void theLegacyMatcherIsMeasuredOnTheSameAwards() throws IOException {
        Path recipients = tmp.resolve("recipients.csv");
        Files.writeString(recipients, String.join("\n",
                "legal_business_name,uei,duns",
                "ALPHA ROBOTICS INC,UEIAAAAAAAA1,000000010",
                "BETA SYSTEMS,,000000099",
                "",
                "BETA WIDGETS,,000000020",
                ""));
        Path awards = tmp.resolve("awards.csv");
        StringBuilder csv = new StringBuilder(String.join(",", dev.sbirenrich.model.AwardColumns.NAMES)).append('\n');
        csv.append(awardRow("Alpha Robotics", "UEIAAAAAAAA1", "")).append(awardRow("Beta LLC", "", "20"));
        Files.writeString(awards, csv);

        EvaluationOptions options = new EvaluationOptions();
        options.enrichedDir = enriched;
        options.truthFile = truth;
        options.outDir = tmp.resolve("out");
        options.legacyRecipients = recipients;
        options.legacyAwards = awards;
        options.legacySample = 2;
        EvaluationReport.LegacyComparison c = new Evaluator().evaluate(options).legacy;

        assertThat(c.sampleRecords).isEqualTo(2);
        assertThat(c.legacyMethodCounts).containsEntry("uei-exact", 1L).containsEntry("name-fuzzy-auto", 1L);
        // "20" is not "000000020" to the original: record 2 falls to the name, and "beta" is a subset of
        // the first "beta ..." recipient, so it is auto-accepted at 100 to the wrong company.
        assertThat(c.legacy.overall.correct).isEqualTo(1);
        assertThat(c.legacy.overall.wrongEntity).isEqualTo(1);
        assertThat(c.oursOnSample.overall.correct).isEqualTo(2);
        assertThat(c.legacyReportedMatchRate).isEqualTo(1.0);
    }

    private static String awardRow(String company, String uei, String duns) {
        String[] cells = new String[42];
        java.util.Arrays.fill(cells, "");
        cells[0] = company;
        cells[18] = uei;
        cells[19] = duns;
        return String.join(",", cells) + "\n";
    }
}

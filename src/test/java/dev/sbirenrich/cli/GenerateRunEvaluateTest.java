package dev.sbirenrich.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sbirenrich.pipeline.SharedMiniCluster;
import dev.sbirenrich.run.CommittedFiles;
import dev.sbirenrich.run.OutputLayout;
import dev.sbirenrich.run.RunSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator, the job and the evaluation end to end, as a user chains them: generate both
 * recipient forms, run the job on each, evaluate against the truth. Every generated award is
 * accounted for (malformed ones in rejected/ with their defect's reason), both forms give the same
 * matches, and the quality holds at this small scale.
 */
@ExtendWith(SharedMiniCluster.class)
class GenerateRunEvaluateTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECIPIENTS = "4000";
    private static final String AWARDS = "1500";
    /** Generator defect kind -> the reader's rejection reason. */
    private static final Map<String, String> REASON_OF_DEFECT = Map.of(
            "broken-quoting", "broken-quoting", "column-count", "column-count",
            "invalid-utf8", "invalid-utf8", "unparseable-amount", "bad-amount");

    @TempDir
    Path temp;

    private final StringWriter err = new StringWriter();

    @Test
    void generatedDataRunsAndEvaluatesWithEveryAwardAccountedFor() throws Exception {
        Path csvData = temp.resolve("csv");
        Path copyData = temp.resolve("copy");
        assertThat(command("generate", "--recipients", RECIPIENTS, "--awards", AWARDS, "--seed", "5",
                "--out", csvData.toString(), "--quiet")).as(err.toString()).isZero();
        assertThat(command("generate", "--recipients", RECIPIENTS, "--awards", AWARDS, "--seed", "5",
                "--recipients-format", "pg-copy", "--out", copyData.toString(), "--quiet")).as(err.toString()).isZero();

        Path csvRun = temp.resolve("csv-run");
        assertThat(command("run", "--awards", csvData.resolve("awards.csv").toString(),
                "--recipients", csvData.resolve("recipients.csv").toString(), "--output", csvRun.toString(),
                "--web-ui-port", "0", "--config", settings().toString(), "--reference-store", store().toString()))
                .as(err.toString()).isZero();
        Path copyRun = temp.resolve("copy-run");
        assertThat(command("run", "--awards", copyData.resolve("awards.csv").toString(),
                "--recipients", copyData.resolve("recipients.dat.gz").toString(), "--recipients-format", "pg-copy",
                "--recipients-columns", copyData.resolve("recipients.columns").toString(),
                "--output", copyRun.toString(), "--web-ui-port", "0", "--config", settings().toString(),
                "--reference-store", store().toString()))
                .as(err.toString()).isZero();

        RunSummary csv = RunSummary.read(csvRun);
        RunSummary copy = RunSummary.read(copyRun);
        assertThat(csv.reconciled).isTrue();
        assertThat(csv.awardsRead).isEqualTo(Long.parseLong(AWARDS));
        assertThat(copy.methods).as("both recipient forms give the same matches").isEqualTo(csv.methods);
        assertThat(rejectionReasons(csvRun)).as("each malformed award in rejected/ with its defect's reason")
                .isEqualTo(expectedReasons(csvData.resolve("truth.csv")));

        Path eval = temp.resolve("eval");
        assertThat(command("evaluate", "--enriched", csvRun.toString(), "--truth", csvData.resolve("truth.csv").toString(),
                "--out", eval.toString())).as(err.toString()).isZero();
        JsonNode report = JSON.readTree(eval.resolve("evaluation.json").toFile());
        assertThat(report.path("truthRecords").asLong()).isEqualTo(Long.parseLong(AWARDS));
        assertThat(report.path("missing").path("other").asLong()).as("awards lost other than malformed").isZero();
        assertThat(report.path("missing").path("malformed").asLong()).isEqualTo(csv.awardsRejected).isPositive();
        JsonNode overall = report.path("ours").path("overall");
        assertThat(overall.path("precision").asDouble()).isGreaterThanOrEqualTo(0.995);
        assertThat(overall.path("recall").asDouble()).isGreaterThanOrEqualTo(0.97);
        assertThat(Files.readString(eval.resolve("evaluation.md"))).contains("## Goals", "### By noise kind");
    }

    private Path store() {
        return temp.resolve("reference-store");
    }

    private Path settings() throws IOException {
        Path file = temp.resolve("settings.yaml");
        Files.writeString(file, "pipeline:\n  checkpointIntervalMs: 300\nquality:\n  baselineDir: "
                + temp.resolve("baseline") + "\n");
        return file;
    }

    private Map<String, Long> rejectionReasons(Path run) throws IOException {
        Map<String, Long> reasons = new HashMap<>();
        for (Path part : CommittedFiles.under(run.resolve(OutputLayout.REJECTED_DIR))) {
            for (String line : Files.readAllLines(part)) {
                if (!line.isBlank()) {
                    reasons.merge(JSON.readTree(line).path("reason").asText(), 1L, Long::sum);
                }
            }
        }
        return reasons;
    }

    private static Map<String, Long> expectedReasons(Path truth) throws IOException {
        Map<String, Long> reasons = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(truth, java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            for (CSVRecord row : parser) {
                String defect = row.get("defect");
                if (!defect.isEmpty()) {
                    reasons.merge(REASON_OF_DEFECT.getOrDefault(defect, defect), 1L, Long::sum);
                }
            }
        }
        return reasons;
    }

    private int command(String... args) {
        err.getBuffer().setLength(0);
        return SbirEnrich.commandLine().setErr(new PrintWriter(err, true)).execute(args);
    }
}

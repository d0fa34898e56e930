package dev.sbirenrich.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.sbirenrich.model.AwardColumns;
import dev.sbirenrich.pipeline.SharedMiniCluster;
import dev.sbirenrich.quality.Baseline;
import dev.sbirenrich.quality.BaselineStore;
import dev.sbirenrich.quality.RunGate;
import dev.sbirenrich.run.CommittedFiles;
import dev.sbirenrich.run.OutputLayout;
import dev.sbirenrich.run.RunSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The quality gate end to end through the run command on the shared MiniCluster: 40 hand-made
 * awards that match by UEI when their company is in the reference, and names that match nothing
 * when it is not.
 */
@ExtendWith(SharedMiniCluster.class)
class QualityGateScenarioTest {
    private static final int AWARDS = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private final StringWriter err = new StringWriter();

    @Test
    void aGoodRunIsPublishedAndCanBecomeTheBaseline() throws Exception {
        List<JsonNode> posted = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            posted.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            Path out = temp.resolve("good");
            int exit = run(AWARDS, 0, out,
                    "  webhookUrl: http://127.0.0.1:" + server.getAddress().getPort() + "/alerts\n");

            assertThat(exit).as(err.toString()).isZero();
            assertThat(RunGate.isPublished(out)).isTrue();
            assertThat(out.resolve(RunGate.FAILED_MARKER)).doesNotExist();
            JsonNode manifest = JSON.readTree(out.resolve(RunGate.MANIFEST_FILE).toFile());
            assertThat(manifest.path("verdict").asText()).isEqualTo("INFO");
            assertThat(manifest.path("awards_enriched").asLong()).isEqualTo(AWARDS);
            assertThat(manifest.path("match_rate").asDouble()).isEqualTo(1.0);
            assertThat(manifest.path("awards_inputs").get(0).path("sha256").asText())
                    .isEqualTo(sha256(temp.resolve("awards.csv")));
            assertThat(manifest.path("recipients_inputs").get(0).path("bytes").asLong())
                    .isEqualTo(Files.size(temp.resolve("recipients.csv")));
            assertThat(alerts(out)).extracting(a -> a.path("rule").asText()).containsExactly("run-verdict");
            assertThat(posted).as("the verdict reached the webhook").singleElement()
                    .satisfies(json -> assertThat(json.path("rule").asText()).isEqualTo("run-verdict"));
            assertThat(RunSummary.read(out).runId).isEqualTo(alerts(out).get(0).path("run_id").asText());
        } finally {
            server.stop(0);
        }

        assertThat(command("baseline", "save", "--run", temp.resolve("good").toString(),
                "--baseline-dir", baselineDir().toString())).isZero();
        assertThat(new BaselineStore(baselineDir()).load()).get()
                .satisfies(b -> assertThat(b.matchRate).isEqualTo(1.0));
        assertThat(Files.readAllLines(baselineDir().resolve(BaselineStore.HISTORY_FILE))).hasSize(1);
    }

    @Test
    void aReferenceMissingMostCompaniesFailsTheGateAndPublishesNothing() throws Exception {
        Path out = temp.resolve("missing");
        int exit = run(4, 0, out, "");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("sbir-enrich: quality gate failed, output not published")
                .contains("match-rate: match rate 0.100 below 0.700");
        assertThat(RunGate.isPublished(out)).as("a consumer of published runs never sees it").isFalse();
        assertThat(out.resolve(RunGate.MANIFEST_FILE)).doesNotExist();
        assertThat(Files.readString(out.resolve(RunGate.FAILED_MARKER))).startsWith("match-rate: ");
        assertThat(RunSummary.read(out).gate.published).isFalse();

        assertThat(command("baseline", "save", "--run", out.toString(), "--baseline-dir", baselineDir().toString()))
                .as("an unpublished run cannot become the baseline").isEqualTo(2);
        assertThat(baselineDir()).doesNotExist();
    }

    @ParameterizedTest(name = "{0} of 40 companies against a baseline of 100%: {1}")
    @CsvSource({"39,WARNING,0", "36,FAILURE,1"})
    void aRegressionAgainstTheBaselineWarnsOrFails(int present, String severity, int expectedExit) throws Exception {
        Baseline baseline = new Baseline();
        baseline.runId = "accepted-run";
        baseline.matchRate = 1.0;
        new BaselineStore(baselineDir()).save(baseline);
        Path out = temp.resolve("regression");

        assertThat(run(present, 0, out, "")).isEqualTo(expectedExit);

        RunSummary summary = RunSummary.read(out);
        assertThat(summary.baseline.baselineRunId).isEqualTo("accepted-run");
        assertThat(summary.baseline.severity).isEqualTo(severity);
        assertThat(summary.baseline.declinePoints).isEqualTo(100.0 - 100.0 * present / AWARDS);
        assertThat(alerts(out)).filteredOn(a -> a.path("window").asText().equals("run"))
                .extracting(a -> a.path("rule").asText() + " " + a.path("severity").asText())
                .contains("baseline-decline " + severity, "run-verdict " + severity);
        assertThat(RunGate.isPublished(out)).isEqualTo(expectedExit == 0);
    }

    @ParameterizedTest(name = "{0} malformed rows of {1}: {2}")
    @CsvSource({"1,WARNING,0", "4,FAILURE,1"})
    void malformedRowsWarnOrFail(int malformed, String severity, int expectedExit) throws Exception {
        Path out = temp.resolve("malformed");
        assertThat(run(AWARDS, malformed, out, "")).isEqualTo(expectedExit);

        RunSummary summary = RunSummary.read(out);
        assertThat(summary.awardsRejected).isEqualTo(malformed);
        assertThat(summary.gate.verdict).isEqualTo(severity);
        assertThat(alerts(out)).extracting(a -> a.path("rule").asText() + " " + a.path("severity").asText())
                .contains("rejected-rows " + severity);
        assertThat(RunGate.isPublished(out)).isEqualTo(expectedExit == 0);
        if (expectedExit == 0) {
            assertThat(summary.gate.warnings).singleElement().asString().startsWith("rejected-rows: ");
        }
    }

    /** Runs the run command on fresh inputs: {@code present} of the 40 companies in the reference. */
    private int run(int present, int malformed, Path out, String extraQuality) throws IOException {
        writeInputs(present, malformed);
        Path config = temp.resolve("settings.yaml");
        Files.writeString(config, "pipeline:\n  checkpointIntervalMs: 300\nquality:\n  baselineDir: "
                + baselineDir() + "\n  windowAwards: 10\n" + extraQuality);
        return command("run", "--awards", temp.resolve("awards.csv").toString(),
                "--recipients", temp.resolve("recipients.csv").toString(), "--output", out.toString(),
                "--web-ui-port", "0", "--config", config.toString(),
                "--reference-store", temp.resolve("reference-store").toString());
    }

    private int command(String... args) {
        err.getBuffer().setLength(0);
        return SbirEnrich.commandLine().setErr(new PrintWriter(err, true)).execute(args);
    }

    private Path baselineDir() {
        return temp.resolve("baseline");
    }

    private void writeInputs(int present, int malformed) throws IOException {
        List<String> awards = new ArrayList<>();
        awards.add(String.join(",", AwardColumns.NAMES.stream().map(n -> "\"" + n + "\"").toList()));
        List<String> recipients = new ArrayList<>();
        recipients.add("legal_business_name,uei,duns,city,state,zip5,update_date");
        for (int record = 1; record <= AWARDS; record++) {
            String[] row = Collections.nCopies(AwardColumns.NAMES.size(), "").toArray(String[]::new);
            row[AwardColumns.COMPANY] = name(record);
            row[AwardColumns.UEI] = uei(record);
            awards.add(String.join(",", row));
            if (record <= present) {
                recipients.add(name(record) + " LLC," + uei(record) + ",,PORTLAND,OR,97201,2024-01-01");
            }
        }
        for (int i = 0; i < malformed; i++) {
            awards.add("only,three,columns");
        }
        Files.write(temp.resolve("awards.csv"), awards);
        Files.write(temp.resolve("recipients.csv"), recipients);
    }

    /** Two made-up words per company, so a company missing from the reference matches nobody by name. */
    private static String name(int record) {
        Random random = new Random(record);
        return word(random) + " " + word(random);
    }

    private static String word(Random random) {
        String consonants = "BDFGKLMNPRSTVZ";
        String vowels = "AEIOU";
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            word.append(consonants.charAt(random.nextInt(consonants.length())))
                    .append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return word.toString();
    }

    private static String uei(int record) {
        return String.format("TARGET%06d", record);
    }

    private static List<JsonNode> alerts(Path out) throws IOException {
        List<JsonNode> alerts = new ArrayList<>();
        for (Path part : CommittedFiles.under(out.resolve(OutputLayout.ALERTS_DIR))) {
            for (String line : Files.readAllLines(part)) {
                alerts.add(JSON.readTree(line));
            }
        }
        return alerts;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}

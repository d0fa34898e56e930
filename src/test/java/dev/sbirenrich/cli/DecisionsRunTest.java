package dev.sbirenrich.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sbirenrich.io.Decisions;
import dev.sbirenrich.io.DecisionsReader;
import dev.sbirenrich.pipeline.SharedMiniCluster;
import dev.sbirenrich.run.CommittedFiles;
import dev.sbirenrich.run.OutputLayout;
import dev.sbirenrich.run.RunSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reviewers' decisions fed back into a run: an accepted candidate and a rejection override the
 * cascade; an accepted recipient the reference lacks, an award the run never read, and a bad row are
 * each reported, in the output, the summary and rejected/, and the award counts still reconcile.
 * The decisions of evaluate's simulated review make a repeated run score what it predicted.
 */
@ExtendWith(SharedMiniCluster.class)
class DecisionsRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private final StringWriter err = new StringWriter();

    @Test
    void decisionsOverrideTheCascadeAndEveryOneIsAccountedFor() throws Exception {
        Path data = temp.resolve("data");
        assertThat(command("generate", "--recipients", "3000", "--awards", "800", "--seed", "11",
                "--out", data.toString(), "--quiet")).as(err.toString()).isZero();
        Map<Long, JsonNode> before = enriched(run("before", null));
        JsonNode candidate = first(before, "name-fuzzy-candidate");
        JsonNode identified = first(before, "uei-exact");
        JsonNode other = first(before, "duns-exact");
        String acceptedUei = candidate.path("match").path("candidates").path(0).path("recipient").path("uei").asText();

        Path decisions = temp.resolve("decisions.csv");
        Files.writeString(decisions, String.join("\n",
                "award_file,award_record,company,verdict,uei,duns,reviewer,decided_at",
                row(candidate, "accept", acceptedUei),
                row(identified, "reject", ""),
                row(other, "accept", "ZZZZZZZZZZZ9"),
                "awards.csv,99999,Nobody Inc,reject,,,ana,2026-12-01T10:00:00Z",
                "awards.csv,3,Somebody Inc,maybe,,,ana,2026-12-01T10:00:00Z") + "\n");
        Path after = run("after", decisions);
        Map<Long, JsonNode> decided = enriched(after);

        JsonNode accepted = decided.get(record(candidate)).path("match");
        assertThat(accepted.path("method").asText()).isEqualTo("manual-accept");
        assertThat(accepted.path("recipient").path("uei").asText()).isEqualTo(acceptedUei);
        assertThat(accepted.path("decision").path("reviewer").asText()).isEqualTo("ana");
        assertThat(accepted.path("decision").path("applied").asBoolean()).isTrue();
        JsonNode rejected = decided.get(record(identified)).path("match");
        assertThat(rejected.path("method").asText()).isEqualTo("manual-reject");
        assertThat(rejected.path("recipient").isNull()).isTrue();
        JsonNode unknown = decided.get(record(other)).path("match");
        assertThat(unknown.path("method").asText()).as("the cascade's result stands").isEqualTo("duns-exact");
        assertThat(unknown.path("decision").path("problem").asText()).isEqualTo("recipient-not-in-reference");

        RunSummary summary = RunSummary.read(after);
        assertThat(summary.reconciled).isTrue();
        assertThat(summary.awardsRead).isEqualTo(800);
        assertThat(summary.methods).containsEntry("manual-accept", 1L).containsEntry("manual-reject", 1L);
        assertThat(summary.decisions.given).isEqualTo(4);
        assertThat(summary.decisions.applied).isEqualTo(2);
        assertThat(summary.decisions.unapplied).isEqualTo(1);
        assertThat(summary.decisions.unappliedDecisions).containsExactly(
                "awards.csv#" + record(other) + " accept ZZZZZZZZZZZ9");
        assertThat(summary.decisions.absent).isEqualTo(1);
        assertThat(summary.decisions.absentDecisions).containsExactly("awards.csv#99999 reject");
        assertThat(summary.decisions.rejectedRows).isEqualTo(1);
        assertThat(rejectedDecisionReasons(after)).containsExactly("bad-verdict");
        assertThat(Files.readString(after.resolve("run-report.md"))).contains("Review decisions",
                "awards.csv#99999 reject");
    }

    @Test
    void aRunGivenTheSimulatedDecisionsScoresWhatTheSimulationPredicted() throws Exception {
        Path data = temp.resolve("data");
        assertThat(command("generate", "--recipients", "3000", "--awards", "800", "--seed", "11",
                "--out", data.toString(), "--quiet")).as(err.toString()).isZero();
        Path before = run("before", null);
        // More than the review list holds: every award on it is decided.
        assertThat(command("evaluate", "--enriched", before.toString(), "--truth", data.resolve("truth.csv").toString(),
                "--out", temp.resolve("simulated").toString(), "--simulate-review", "1000000"))
                .as(err.toString()).isZero();
        JsonNode simulated = evaluation("simulated");
        JsonNode simulation = simulated.path("review_simulation");
        JsonNode predicted = simulation.path("curve").get(simulation.path("curve").size() - 1);
        long accepts = simulation.path("verdicts").path("accept").asLong();
        long rejects = simulation.path("verdicts").path("reject").asLong();
        assertThat(simulation.path("reviewed").asLong()).isEqualTo(simulation.path("listed").asLong()).isPositive();
        assertThat(predicted.path("decisions").asLong()).isEqualTo(simulation.path("reviewed").asLong());
        assertThat(predicted.path("recall").asDouble()).as("the review must change something for the test to mean anything")
                .isGreaterThan(simulated.at("/ours/overall/recall").asDouble());

        Path csv = Path.of(simulation.path("decisionsFile").asText());
        Decisions read = DecisionsReader.read(csv);
        assertThat(read.problems()).isEmpty();
        assertThat(read.valid()).hasSize((int) (accepts + rejects));

        Path after = run("after", csv);
        assertThat(RunSummary.read(after).decisions.applied).isEqualTo(accepts + rejects);
        assertThat(command("evaluate", "--enriched", after.toString(), "--truth", data.resolve("truth.csv").toString(),
                "--out", temp.resolve("measured").toString())).as(err.toString()).isZero();
        JsonNode measured = evaluation("measured").at("/ours/overall");
        assertThat(measured.path("recall").asDouble()).isCloseTo(predicted.path("recall").asDouble(), within(1e-9));
        assertThat(measured.path("precision").asDouble())
                .isCloseTo(predicted.path("precision").asDouble(), within(1e-9));
    }

    private JsonNode evaluation(String dir) throws IOException {
        return JSON.readTree(temp.resolve(dir).resolve("evaluation.json").toFile());
    }

    private Path run(String name, Path decisions) {
        Path output = temp.resolve(name);
        List<String> args = new ArrayList<>(List.of("run", "--awards", temp.resolve("data/awards.csv").toString(),
                "--recipients", temp.resolve("data/recipients.csv").toString(), "--output", output.toString(),
                "--web-ui-port", "0", "--reference-store", temp.resolve("store").toString()));
        if (decisions != null) {
            args.addAll(List.of("--decisions", decisions.toString()));
        }
        assertThat(command(args.toArray(String[]::new))).as(err.toString()).isZero();
        return output;
    }

    private static String row(JsonNode award, String verdict, String uei) {
        return "awards.csv," + record(award) + ",\"" + award.path("award").path("Company").asText().replace("\"", "\"\"")
                + "\"," + verdict + "," + uei + ",,ana,2026-12-01T10:00:00Z";
    }

    private static long record(JsonNode award) {
        return award.path("source").path("record").asLong();
    }

    private static JsonNode first(Map<Long, JsonNode> awards, String method) {
        return awards.values().stream().filter(a -> a.path("match").path("method").asText().equals(method))
                .filter(a -> !method.endsWith("candidate")
                        || a.path("match").path("candidates").path(0).path("recipient").path("uei").isTextual())
                .findFirst().orElseThrow(() -> new AssertionError("no " + method + " award"));
    }

    private static Map<Long, JsonNode> enriched(Path run) throws IOException {
        Map<Long, JsonNode> awards = new HashMap<>();
        for (Path part : CommittedFiles.under(run.resolve(OutputLayout.ENRICHED_DIR))) {
            for (String line : Files.readAllLines(part)) {
                JsonNode award = JSON.readTree(line);
                awards.put(record(award), award);
            }
        }
        return awards;
    }

    private static List<String> rejectedDecisionReasons(Path run) throws IOException {
        List<String> reasons = new ArrayList<>();
        for (Path part : CommittedFiles.under(run.resolve(OutputLayout.REJECTED_DIR))) {
            for (String line : Files.readAllLines(part)) {
                JsonNode row = JSON.readTree(line);
                if (row.path("input").asText().equals("decisions")) {
                    reasons.add(row.path("reason").asText());
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

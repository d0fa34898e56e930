package dev.sbirenrich.peer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sbirenrich.model.AwardColumns;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The job's code without Flink ends the demo's scenarios (src/test/resources/scenarios) as the job
 * does, accounts for every row, and reuses the snapshot a store holds.
 */
class PlainJavaEnrichmentTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void everyScenarioEndsAsInTheJobAndEveryRowIsAccountedFor() throws IOException {
        Path store = temp.resolve("store");

        JsonNode first = run(store, temp.resolve("first"));
        JsonNode second = run(store, temp.resolve("second"));

        assertThat(first.path("reference_reused").asBoolean()).isFalse();
        assertThat(second.path("reference_reused").asBoolean()).isTrue();
        assertThat(second.path("reference_snapshot").asText()).isEqualTo(first.path("reference_snapshot").asText());
        Map<Long, JsonNode> enriched = lines(temp.resolve("second/enriched"));
        Map<Long, JsonNode> rejected = lines(temp.resolve("second/rejected"));
        List<String> expectations = Files.readAllLines(Path.of("src/test/resources/scenarios/expected.csv"));
        assertThat(second.path("awards_read").asLong()).isEqualTo(expectations.size() - 1)
                .isEqualTo(second.path("awards_enriched").asLong() + second.path("awards_rejected").asLong());
        assertThat(enriched.size() + rejected.size()).isEqualTo(expectations.size() - 1);
        for (String line : expectations.subList(1, expectations.size())) {
            String[] expected = line.split(",", -1);
            long record = Long.parseLong(expected[0]);
            String why = "record " + record + " (" + expected[4] + ")";
            if (expected[1].startsWith("rejected:")) {
                assertThat(rejected.get(record).path("reason").asText()).as(why)
                        .isEqualTo(expected[1].substring("rejected:".length()));
                continue;
            }
            JsonNode match = enriched.get(record).path("match");
            assertThat(match.path("method").asText()).as(why).isEqualTo(expected[1]);
            assertThat(match.path("reference").asText()).isEqualTo(second.path("reference_snapshot").asText());
            if (!expected[2].isEmpty()) {
                assertThat(match.path("recipient").path("uei").asText()).as(why).isEqualTo(expected[2]);
            }
        }
    }

    @Test
    void aMissingAwardsFileFailsInOneLineBeforeAnySnapshotIsBuilt() {
        StringWriter err = new StringWriter();
        int exit = PeerCommandLine.of(new PlainJavaEnrichment()).setErr(new PrintWriter(err)).execute(
                "--awards", temp.resolve("none.csv").toString(), "--recipients", "data/sample/recipients.csv",
                "--reference-store", temp.resolve("store").toString(), "--output", temp.resolve("out").toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString().strip()).doesNotContain("\n")
                .isEqualTo("plain-java-peer: NoSuchFileException: " + temp.resolve("none.csv"));
        assertThat(temp.resolve("store")).doesNotExist();
    }

    @Test
    @Timeout(120)
    void aMatcherThatCannotWriteFailsTheRunWithoutLeavingTheReaderWaiting() throws IOException {
        // More awards than a matcher's queue holds: the failed matcher must keep taking them.
        List<String> lines = new ArrayList<>();
        lines.add("\"" + String.join("\",\"", AwardColumns.NAMES) + "\"");
        for (int i = 0; i < 3000; i++) {
            String[] values = new String[AwardColumns.NAMES.size()];
            Arrays.fill(values, "");
            values[AwardColumns.COMPANY] = "Acme Robotics";
            values[AwardColumns.NAMES.indexOf("Award Amount")] = "150000.00";
            lines.add("\"" + String.join("\",\"", values) + "\"");
        }
        Path awards = Files.write(temp.resolve("awards.csv"), lines);
        Path out = temp.resolve("out");
        Files.createDirectories(out.resolve("enriched/part-0.jsonl"));
        StringWriter err = new StringWriter();

        int exit = PeerCommandLine.of(new PlainJavaEnrichment()).setErr(new PrintWriter(err)).execute(
                "--awards", awards.toString(), "--recipients", "data/sample/recipients.csv",
                "--reference-store", temp.resolve("store").toString(), "--output", out.toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("part-0.jsonl");
        assertThat(out.resolve(PeerSummary.FILE)).doesNotExist();
    }

    private static JsonNode run(Path store, Path out) throws IOException {
        int exit = new CommandLine(new PlainJavaEnrichment()).execute("--awards", "data/sample/awards.csv",
                "--recipients", "data/sample/recipients.csv", "--reference-store", store.toString(),
                "--output", out.toString(), "--threads", "2");
        assertThat(exit).isZero();
        return JSON.readTree(out.resolve(PeerSummary.FILE).toFile());
    }

    /** Every JSON line of a directory's files, by its award's record number. */
    private static Map<Long, JsonNode> lines(Path dir) throws IOException {
        Map<Long, JsonNode> byRecord = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    JsonNode node = JSON.readTree(line);
                    long record = node.has("source") ? node.path("source").path("record").asLong()
                            : node.path("record").asLong();
                    assertThat(byRecord.put(record, node)).as("record " + record + " once").isNull();
                }
            }
        }
        return byRecord;
    }
}

package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sbirenrich.run.CommittedFiles;
import dev.sbirenrich.run.OutputLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario set in data/sample (the demo's data: good, bad and edge cases) with the expected
 * outcome of every award in src/test/resources/scenarios/expected.csv, in both runtime modes; the
 * output does not depend on the parallelism, nor on whether the reference snapshot was built for
 * the run or reused from the store.
 */
@ExtendWith(SharedMiniCluster.class)
class EnrichmentEndToEndTest {
    static final List<String> AWARDS = List.of("data/sample/awards.csv");
    static final List<String> RECIPIENTS = List.of("data/sample/recipients.csv");

    @TempDir
    Path temp;

    @Test
    void everyScenarioEndsAsExpected() throws Exception {
        PipelineRun run = PipelineRun.execute(PipelineRun.settings(), AWARDS, RECIPIENTS, null,
                temp.resolve("store"), temp.resolve("out"));

        Map<Long, JsonNode> enriched = run.enrichedByRecord();
        List<JsonNode> rejected = run.rejected();
        for (String[] expected : expectations()) {
            long record = Long.parseLong(expected[0]);
            String method = expected[1];
            String why = "record " + record + " (" + expected[4] + ")";
            if (method.startsWith("rejected:")) {
                assertThat(rejected).as(why)
                        .anySatisfy(row -> {
                            assertThat(row.path("record").asLong()).isEqualTo(record);
                            assertThat(row.path("reason").asText()).isEqualTo(method.substring("rejected:".length()));
                            assertThat(row.path("raw").asText()).isNotBlank();
                        });
                assertThat(enriched).as(why).doesNotContainKey(record);
                continue;
            }
            JsonNode match = enriched.get(record).path("match");
            assertThat(match.path("method").asText()).as(why).isEqualTo(method);
            JsonNode recipient = match.path("recipient");
            if (!expected[2].isEmpty()) {
                assertThat(recipient.path("uei").asText()).as(why).isEqualTo(expected[2]);
            }
            if (!expected[3].isEmpty()) {
                assertThat(recipient.path("duns").asText()).as(why).isEqualTo(expected[3]);
            }
            if (!method.equals("uei-exact") && !method.equals("duns-exact") && !method.equals("name-fuzzy-auto")) {
                assertThat(recipient.isNull()).as(why + ": no recipient attached").isTrue();
            }
        }

        assertThat(enriched.values()).as("every award names the snapshot it was matched against")
                .allSatisfy(line -> assertThat(line.path("match").path("reference").asText())
                        .isEqualTo(run.reference.descriptor().id));
        var summary = run.summary;
        assertThat(summary.awardsRead).isEqualTo(expectations().size());
        assertThat(summary.awardsRead).isEqualTo(summary.awardsEnriched + summary.awardsRejected);
        assertThat(summary.reconciled).isTrue();
    }

    @Test
    void everyOriginalColumnAndTheSourceAreKept() throws Exception {
        PipelineRun run = PipelineRun.execute(PipelineRun.settings(), AWARDS, RECIPIENTS, null,
                temp.resolve("store"), temp.resolve("out"));
        JsonNode first = run.enrichedByRecord().get(1L);
        assertThat(first.path("award").size()).isEqualTo(42);
        assertThat(first.path("award").path("Abstract").asText())
                .contains("\"thermal\" resistance,\nand a second line");
        assertThat(first.path("source").path("file").asText()).endsWith("awards.csv");
        assertThat(first.path("parsed").path("amount").asDouble()).isEqualTo(150000.0);
    }

    @Test
    void theOutputIsTheSameAtParallelismOneAndTwo() throws Exception {
        // Two awards files, so that at parallelism 2 both enrichment subtasks can take one.
        Path awards = Files.createDirectories(temp.resolve("awards"));
        Files.copy(Path.of(AWARDS.get(0)), awards.resolve("awards-1.csv"));
        Files.copy(Path.of(AWARDS.get(0)), awards.resolve("awards-2.csv"));
        var one = PipelineRun.settings(Map.of("pipeline.parallelism", 1));
        var two = PipelineRun.settings(Map.of("pipeline.parallelism", 2));

        var single = PipelineRun.execute(one, List.of(awards.toString()), RECIPIENTS, null, temp.resolve("store"),
                temp.resolve("p1"));
        var parallel = PipelineRun.execute(two, List.of(awards.toString()), RECIPIENTS, null, temp.resolve("store"),
                temp.resolve("p2"));

        assertThat(partWriters(single.output)).as("parallelism 1 took effect: one writer").hasSize(1);
        assertThat(single.sortedEnrichedLines()).hasSize(2 * (expectations().size() - 3))
                .isEqualTo(parallel.sortedEnrichedLines());
        assertThat(parallel.summary.reconciled).isTrue();
    }

    @Test
    void aReusedSnapshotEnrichesLikeAFreshlyBuiltOneAndReportsTheSameRejectedRecipients() throws Exception {
        // The sample's recipients plus one row that cannot be read.
        Path recipientsFile = Files.createDirectories(temp.resolve("recipients")).resolve("recipients.csv");
        Files.writeString(recipientsFile, Files.readString(Path.of(RECIPIENTS.get(0))) + "BROKEN ROW INC,only,three\n");
        List<String> recipients = List.of(recipientsFile.toString());
        var settings = PipelineRun.settings();
        var built = PipelineRun.execute(settings, AWARDS, recipients, null, temp.resolve("store"), temp.resolve("built"));
        var reused = PipelineRun.execute(settings, AWARDS, recipients, null, temp.resolve("store"), temp.resolve("reused"));
        var elsewhere = PipelineRun.execute(settings, AWARDS, recipients, null, temp.resolve("other-store"),
                temp.resolve("elsewhere"));

        assertThat(built.reference.reused()).isFalse();
        assertThat(reused.reference.reused()).isTrue();
        assertThat(elsewhere.reference.reused()).isFalse();
        assertThat(reused.reference.descriptor()).isEqualTo(built.reference.descriptor());
        assertThat(elsewhere.reference.descriptor().id).as("the id is the content's, not the store's")
                .isEqualTo(built.reference.descriptor().id);
        assertThat(reused.sortedEnrichedLines()).isNotEmpty().isEqualTo(built.sortedEnrichedLines())
                .isEqualTo(elsewhere.sortedEnrichedLines());
        for (PipelineRun run : List.of(built, reused)) {
            assertThat(run.summary.recipientsRejected).as("rejected recipients of a %s snapshot",
                    run.reference.reused() ? "reused" : "built").isEqualTo(1);
            assertThat(run.rejected()).filteredOn(row -> row.path("input").asText().equals("recipients"))
                    .singleElement().satisfies(row -> {
                        assertThat(row.path("reason").asText()).isEqualTo("column-count");
                        assertThat(row.path("record").asLong()).isEqualTo(Files.readAllLines(recipientsFile).size() - 1);
                    });
        }
    }

    /** The writers of committed enriched part files: each sink subtask names its parts {@code part-<uuid>-<n>}. */
    private static Set<String> partWriters(Path output) throws IOException {
        Set<String> writers = new TreeSet<>();
        for (Path part : CommittedFiles.under(output.resolve(OutputLayout.ENRICHED_DIR))) {
            String name = part.getFileName().toString();
            writers.add(name.substring(0, name.lastIndexOf('-')));
        }
        return writers;
    }

    static List<String[]> expectations() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/scenarios/expected.csv")).stream()
                .skip(1)
                .map(line -> line.split(",", -1))
                .toList();
    }
}

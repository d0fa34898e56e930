package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scenario set in data/sample (the demo's data: good, bad and edge cases) with the expected
 * outcome of every award in src/test/resources/scenarios/expected.csv, in both runtime modes and
 * both state layouts.
 */
@ExtendWith(SharedMiniCluster.class)
class EnrichmentEndToEndTest {
    static final List<String> AWARDS = List.of("data/sample/awards.csv");
    static final List<String> RECIPIENTS = List.of("data/sample/recipients.csv");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0} mode, {1} layout")
    @CsvSource({"streaming,keyed", "batch,keyed", "streaming,broadcast", "batch,broadcast"})
    void everyScenarioEndsAsExpected(String mode, String layout) throws Exception {
        PipelineRun run = PipelineRun.execute(PipelineRun.settings(mode, layout), AWARDS, RECIPIENTS, null, temp);

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

        var summary = run.summary;
        assertThat(summary.awardsRead).isEqualTo(expectations().size());
        assertThat(summary.awardsRead).isEqualTo(summary.awardsEnriched + summary.awardsRejected);
        assertThat(summary.reconciled).isTrue();
    }

    @Test
    void everyOriginalColumnAndTheSourceAreKept() throws Exception {
        PipelineRun run = PipelineRun.execute(PipelineRun.settings("streaming", "keyed"), AWARDS, RECIPIENTS, null, temp);
        JsonNode first = run.enrichedByRecord().get(1L);
        assertThat(first.path("award").size()).isEqualTo(42);
        assertThat(first.path("award").path("Abstract").asText())
                .contains("\"thermal\" resistance,\nand a second line");
        assertThat(first.path("source").path("file").asText()).endsWith("awards.csv");
        assertThat(first.path("parsed").path("amount").asDouble()).isEqualTo(150000.0);
    }

    @Test
    void bothStateLayoutsGiveIdenticalOutput() throws Exception {
        var keyed = PipelineRun.execute(PipelineRun.settings("streaming", "keyed"), AWARDS, RECIPIENTS, null,
                temp.resolve("keyed"));
        var broadcast = PipelineRun.execute(PipelineRun.settings("streaming", "broadcast"), AWARDS, RECIPIENTS, null,
                temp.resolve("broadcast"));
        assertThat(broadcast.sortedEnrichedLines()).isNotEmpty().isEqualTo(keyed.sortedEnrichedLines());
    }

    static List<String[]> expectations() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/scenarios/expected.csv")).stream()
                .skip(1)
                .map(line -> line.split(",", -1))
                .toList();
    }
}

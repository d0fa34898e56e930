package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sbirenrich.model.AwardColumns;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No award is classified before the reference data is completely loaded: the recipients the awards
 * need are the last rows of a reference file large enough to be still loading when the awards
 * (a tiny file) have all been read.
 */
@ExtendWith(SharedMiniCluster.class)
class ReferenceLoadGateTest {
    private static final int FILLER_RECIPIENTS = 50_000;
    private static final int AWARDS = 40;

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0} layout")
    @ValueSource(strings = {"keyed", "broadcast"})
    void awardsWaitForTheWholeReference(String layout) throws Exception {
        Path recipients = temp.resolve("recipients.csv");
        Path awards = temp.resolve("awards.csv");
        writeRecipients(recipients);
        writeAwards(awards);

        PipelineRun run = PipelineRun.execute(PipelineRun.settings("streaming", layout),
                List.of(awards.toString()), List.of(recipients.toString()), null, temp.resolve("out"));

        Map<Long, JsonNode> enriched = run.enrichedByRecord();
        assertThat(enriched).hasSize(AWARDS);
        for (long record = 1; record <= AWARDS; record++) {
            JsonNode match = enriched.get(record).path("match");
            String expected = record % 2 == 0 ? "uei-exact" : "name-fuzzy-auto";
            assertThat(match.path("method").asText()).as("award %d", record).isEqualTo(expected);
            assertThat(match.path("recipient").path("uei").asText()).isEqualTo(uei(record));
        }
    }

    private static void writeRecipients(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("legal_business_name,uei,duns,city,state,zip5,update_date\n");
            for (int i = 0; i < FILLER_RECIPIENTS; i++) {
                out.write("FILLER " + i + " HOLDINGS,F" + String.format("%011d", i) + ",,SPRINGFIELD,IL,62701,2024-01-01\n");
            }
            for (long record = 1; record <= AWARDS; record++) {
                out.write(name(record) + " LLC," + uei(record) + ",,PORTLAND,OR,97201,2024-01-01\n");
            }
        }
    }

    private static void writeAwards(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(String.join(",", AwardColumns.NAMES.stream().map(n -> "\"" + n + "\"").toList()) + "\n");
            for (long record = 1; record <= AWARDS; record++) {
                String[] row = Collections.nCopies(AwardColumns.NAMES.size(), "").toArray(String[]::new);
                row[AwardColumns.COMPANY] = name(record);
                row[AwardColumns.UEI] = record % 2 == 0 ? uei(record) : "";
                row[AwardColumns.STATE] = "Oregon";
                row[AwardColumns.CITY] = "Portland";
                out.write(String.join(",", row) + "\n");
            }
        }
    }

    /** Distinctive two-word names so the fuzzy path has an unambiguous answer. */
    private static String name(long record) {
        String[] first = {"ZANTHAR", "QUORVEX", "BLYTHEN", "MORDANT", "VESPRIC"};
        String[] second = {"KINETICS", "PHOTONICS", "GENOMICS", "AEROWORKS", "MAGNETICS", "FLUIDICS", "OPTRONICS", "CERAMICS"};
        return first[(int) (record % first.length)] + " " + second[(int) (record / first.length % second.length)];
    }

    private static String uei(long record) {
        return String.format("TARGET%06d", record);
    }
}

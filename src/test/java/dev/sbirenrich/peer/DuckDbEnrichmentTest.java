package dev.sbirenrich.peer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sbirenrich.model.AwardColumns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The peer's SQL on hand-made rows: the cascade, the veto, the margin and the output shape evaluate reads. */
class DuckDbEnrichmentTest {
    private static String awardRow(String company, String uei, String duns) {
        String[] values = new String[AwardColumns.NAMES.size()];
        Arrays.fill(values, "");
        values[AwardColumns.COMPANY] = company;
        values[AwardColumns.UEI] = uei;
        values[AwardColumns.DUNS] = duns;
        values[AwardColumns.NAMES.indexOf("Award Amount")] = "150000.00";
        return "\"" + String.join("\",\"", values) + "\"";
    }

    @Test
    void identifiersFirstThenABlockedNameMatchWithVetoAndMargin(@TempDir Path dir) throws IOException {
        Path recipients = dir.resolve("recipients.csv");
        Files.writeString(recipients, String.join("\n",
                "legal_business_name,uei,duns,update_date",
                "ACME ROBOTICS INC,AAAAAAAAAAA1,111111111,2024-01-01",
                "ACME ROBOTICS INC,AAAAAAAAAAA1,111111111,2020-01-01",
                "ORION PHOTONICS LLC,BBBBBBBBBBB2,222222222,2024-01-01",
                "ZEPHYR QUANTUM SENSING CORP,CCCCCCCCCCC3,333333333,2024-01-01",
                "KESTREL MARINE CORP,DDDDDDDDDDD4,444444444,2024-01-01",
                "KESTREL MARINA CORP,EEEEEEEEEEE5,555555555,2024-01-01",
                ""));
        Path awards = dir.resolve("awards.csv");
        Files.writeString(awards, "\"" + String.join("\",\"", AwardColumns.NAMES) + "\"\n" + String.join("\n",
                awardRow("Anything At All", "aaaaaaaaaaa1", ""),           // 1: UEI, newest of two rows
                awardRow("Orion Photonics", "", "222-222-222"),             // 2: DUNS with dashes
                awardRow("Zephyr Quantum Sensing, Corp.", "", ""),          // 3: name only
                awardRow("Zephyr Quantum Sensing", "ZZZZZZZZZZZ9", ""),     // 4: same name, contradicting UEI
                awardRow("Kestrel Marine", "", ""),                         // 5: two near-equal entities
                awardRow("Nobody Known Here", "", ""))                      // 6: no match
                + "\n");
        Path out = dir.resolve("out");

        int exit = new CommandLine(new DuckDbEnrichment()).execute(
                "--awards", awards.toString(), "--recipients", recipients.toString(), "--output", out.toString());

        assertThat(exit).isZero();
        Map<Long, JsonNode> byRecord = new HashMap<>();
        List<String> lines = Files.readAllLines(out.resolve("enriched/part-0.jsonl"));
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            byRecord.put(node.path("source").path("record").asLong(), node.path("match"));
            assertThat(node.path("source").path("file").asText()).endsWith("awards.csv");
        }
        assertThat(byRecord).hasSize(6);
        assertThat(method(byRecord, 1)).isEqualTo("uei-exact");
        assertThat(byRecord.get(1L).path("recipient").path("source_record").asLong()).isEqualTo(1);
        assertThat(method(byRecord, 2)).isEqualTo("duns-exact");
        assertThat(byRecord.get(2L).path("recipient").path("duns").asText()).isEqualTo("222222222");
        assertThat(method(byRecord, 3)).isEqualTo("name-fuzzy-auto");
        assertThat(byRecord.get(3L).path("recipient").path("uei").asText()).isEqualTo("CCCCCCCCCCC3");
        assertThat(method(byRecord, 4)).isEqualTo("name-fuzzy-candidate");
        assertThat(byRecord.get(4L).path("recipient").isNull()).isTrue();
        assertThat(byRecord.get(4L).path("candidates").get(0).path("recipient").path("uei").asText())
                .isEqualTo("CCCCCCCCCCC3");
        assertThat(byRecord.get(4L).path("candidates").get(0).path("vetoed").asBoolean()).isTrue();
        assertThat(method(byRecord, 5)).isEqualTo("name-fuzzy-candidate");
        assertThat(byRecord.get(5L).path("candidates").get(0).path("vetoed").asBoolean()).isFalse();
        assertThat(method(byRecord, 6)).isEqualTo("unmatched");
        assertThat(byRecord.get(6L).path("candidates")).isEmpty();
        JsonNode summary = json.readTree(out.resolve(PeerSummary.FILE).toFile());
        assertThat(summary.path("recipients").asLong()).isEqualTo(6);
        assertThat(summary.path("awards").asLong()).isEqualTo(6);
    }

    private static String method(Map<Long, JsonNode> byRecord, long record) {
        return byRecord.get(record).path("method").asText();
    }
}

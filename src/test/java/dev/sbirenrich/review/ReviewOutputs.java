package dev.sbirenrich.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Fabricates a run's enriched output in the shape of docs/output-schema.md, with candidates. */
final class ReviewOutputs {
    static final ObjectMapper JSON = new ObjectMapper();

    private ReviewOutputs() {}

    static ObjectNode candidate(String name, String uei, double score, boolean vetoed) {
        return candidate(name, uei, null, score, vetoed);
    }

    static ObjectNode candidate(String name, String uei, String duns, double score, boolean vetoed) {
        ObjectNode c = JSON.createObjectNode().put("score", score).put("vetoed", vetoed);
        c.putObject("recipient").put("uei", uei).put("duns", duns).put("legal_business_name", name)
                .putNull("parent_uei").putNull("parent_duns").putNull("parent_legal_business_name")
                .put("address_line_1", "1 MAIN ST").put("city", "ARLINGTON").put("state", "VA").put("zip5", "22201")
                .put("country_code", "USA").put("update_date", "2024-05-01").put("source_file", "recipients.csv")
                .put("source_record", 7);
        return c;
    }

    static ObjectNode award(long record, String company, String method, double score, boolean overruled,
            ObjectNode... candidates) {
        ObjectNode line = JSON.createObjectNode();
        line.putObject("award").put("Company", company).put("City", "Arlington").put("State", "VA").put("Zip", "22201")
                .put("Abstract", "long text that the scan need not read");
        line.putObject("parsed").put("amount", 1.0).put("award_year", 2023).put("proposal_award_date", "2023-03-15")
                .putNull("employees");
        ObjectNode match = line.putObject("match").put("method", method).put("score", score).putNull("recipient");
        match.putArray("candidates").addAll(List.of(candidates));
        match.put("candidates_examined", candidates.length).put("identifier_duplicates", 0)
                .put("identifier_overruled", overruled).put("reference", "9fa98b50a641a92bfb7e9b33");
        match.putObject("identifiers").putNull("uei").put("uei_status", "missing").put("duns", "123456789")
                .put("duns_status", "valid");
        line.putObject("source").put("file", "file:/in/data/awards.csv").put("record", record);
        return line;
    }

    /** Writes {@code lines} as a committed part file of {@code run}, beside an in-progress one readers skip. */
    static void write(Path run, List<ObjectNode> lines) {
        try {
            Path bucket = Files.createDirectories(run.resolve("enriched/2026-01-01--00"));
            StringBuilder text = new StringBuilder();
            for (ObjectNode line : lines) {
                text.append(JSON.writeValueAsString(line)).append('\n');
            }
            Files.writeString(bucket.resolve("part-0-0"), text);
            Files.writeString(bucket.resolve(".part-0-1.inprogress.x"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sbirenrich.io.RecipientColumns;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same recipients as the CSV export and as a gzipped PostgreSQL COPY dump with a column order of
 * its own (given as --recipients-columns would give it) enrich every award the same way.
 */
@ExtendWith(SharedMiniCluster.class)
class PgCopyRecipientsEndToEndTest {
    private static final List<String> DUMP_ORDER = List.of("duns", "legal_business_name", "id", "update_date",
            "city", "state", "zip5", "uei", "parent_uei", "address_line_1");

    @TempDir
    Path temp;

    @Test
    void aPgCopyDumpEnrichesLikeTheCsvExport() throws Exception {
        Path dump = temp.resolve("5412.dat.gz");
        writeDump(dump);

        var settings = PipelineRun.settings();
        Path store = temp.resolve("store");
        PipelineRun fromCsv = PipelineRun.execute(settings, EnrichmentEndToEndTest.AWARDS,
                EnrichmentEndToEndTest.RECIPIENTS, null, store, temp.resolve("csv"));
        PipelineRun fromDump = PipelineRun.execute(settings, EnrichmentEndToEndTest.AWARDS,
                List.of(dump.toString()), RecipientColumns.parse(String.join(",", DUMP_ORDER)), store,
                temp.resolve("dump"));

        assertThat(fromDump.reference.descriptor().id).as("another input, another snapshot")
                .isNotEqualTo(fromCsv.reference.descriptor().id);
        assertThat(fromDump.reference.descriptor().rows).isEqualTo(fromCsv.reference.descriptor().rows);

        Map<Long, JsonNode> expected = fromCsv.enrichedByRecord();
        Map<Long, JsonNode> actual = fromDump.enrichedByRecord();
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((record, line) -> {
            JsonNode want = line.path("match");
            JsonNode got = actual.get(record).path("match");
            assertThat(got.path("method").asText()).as("record %d", record).isEqualTo(want.path("method").asText());
            assertThat(got.path("recipient").path("uei").asText()).as("record %d", record)
                    .isEqualTo(want.path("recipient").path("uei").asText());
        });
        assertThat(fromDump.summary.reconciled).isTrue();
    }

    /** The sample's recipients in COPY text form: tab separated, \N for null, escapes, a final \. line. */
    private void writeDump(Path dump) throws Exception {
        List<CSVRecord> rows;
        try (var in = Files.newBufferedReader(Path.of(EnrichmentEndToEndTest.RECIPIENTS.get(0)))) {
            rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(in).getRecords();
        }
        try (OutputStream file = Files.newOutputStream(dump);
                Writer out = new OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8)) {
            long id = 1;
            for (CSVRecord row : rows) {
                StringBuilder line = new StringBuilder();
                for (String column : DUMP_ORDER) {
                    String value = column.equals("id") ? String.valueOf(id++) : row.get(column);
                    if (line.length() > 0) {
                        line.append('\t');
                    }
                    line.append(value.isEmpty() ? "\\N" : value.replace("\\", "\\\\").replace("\t", "\\t"));
                }
                out.write(line.append('\n').toString());
            }
            out.write("\\.\n");
        }
    }
}

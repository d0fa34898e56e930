package dev.sbirenrich.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.model.AwardColumns;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataGeneratorTest {
    private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream());

    @TempDir
    Path tmp;

    private GenerationSummary generate(Path dir, long seed, GeneratorOptions.RecipientsFormat format, long awards)
            throws IOException {
        GeneratorOptions options = new GeneratorOptions();
        options.recipients = 4000;
        options.awards = awards;
        options.seed = seed;
        options.outDir = dir;
        options.recipientsFormat = format;
        options.progress = false;
        return new DataGenerator(QUIET).generate(options);
    }

    @Test
    void sameSeedGivesSameBytesAndAnotherSeedDiffers() throws IOException {
        var copy = GeneratorOptions.RecipientsFormat.PG_COPY;
        generate(tmp.resolve("a"), 5, copy, 1500);
        generate(tmp.resolve("b"), 5, copy, 1500);
        generate(tmp.resolve("c"), 6, copy, 1500);
        for (String file : List.of("recipients.dat.gz", "recipients.columns", "awards.csv", "truth.csv")) {
            assertThat(Files.readAllBytes(tmp.resolve("a").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(file)));
        }
        assertThat(Files.readAllBytes(tmp.resolve("a/awards.csv"))).isNotEqualTo(Files.readAllBytes(tmp.resolve("c/awards.csv")));
        assertThat(Files.readAllBytes(tmp.resolve("a/recipients.dat.gz")))
                .isNotEqualTo(Files.readAllBytes(tmp.resolve("c/recipients.dat.gz")));
    }

    @Test
    void awardsParseAsCsvExceptTheRowsTruthMarksMalformed() throws IOException {
        GenerationSummary summary = generate(tmp, 11, GeneratorOptions.RecipientsFormat.CSV, 3000);
        List<CSVRecord> truth = readCsv(tmp.resolve("truth.csv"), true);
        // Trailing data after a closing quote is the broken-quoting defect; allow it so parsing goes on.
        List<CSVRecord> awards = readCsv(tmp.resolve("awards.csv"), false);
        assertThat(awards.get(0).toList()).isEqualTo(AwardColumns.NAMES);
        assertThat(awards).hasSize(3001);
        assertThat(truth).hasSize(3000);
        assertThat(summary.awardRecords).isEqualTo(3000);
        for (CSVRecord t : truth) {
            CSVRecord award = awards.get(Integer.parseInt(t.get("record")));
            if (t.get("defect").isEmpty()) {
                assertThat(award.size()).as("record " + t.get("record")).isEqualTo(42);
            } else if (t.get("defect").equals("column-count")) {
                assertThat(award.size()).isNotEqualTo(42);
            }
        }
        // The real export's mess: multi-line abstracts, three date forms, grouped amounts, dashed DUNS.
        assertThat(awards).anyMatch(a -> a.get(30).contains("\n"));
        assertThat(awards).anyMatch(a -> a.get(8).matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(awards).anyMatch(a -> a.get(8).matches("\\d{2}/\\d{2}/\\d{4}"));
        assertThat(awards).anyMatch(a -> a.get(8).matches("\\d{2}-\\d{2}-\\d{4}"));
        assertThat(awards).anyMatch(a -> a.get(17).matches("\\d{1,3}(,\\d{3})+\\.\\d{2}"));
        assertThat(awards).anyMatch(a -> a.get(19).matches("\\d{3}-\\d{3}-\\d{3}"));
        assertThat(awards).anyMatch(a -> a.get(19).endsWith(".0"));
    }

    @Test
    void truthNamesRecipientRowsThatCarryTheTrueIdentifiers() throws IOException {
        generate(tmp, 3, GeneratorOptions.RecipientsFormat.CSV, 1000);
        List<CSVRecord> recipients = readCsv(tmp.resolve("recipients.csv"), true);
        assertThat(recipients).hasSize(4000);
        assertThat(recipients.get(0).getParser().getHeaderNames()).containsExactly("legal_business_name", "uei", "duns",
                "parent_uei", "parent_duns", "parent_legal_business_name", "address_line_1", "address_line_2", "city",
                "state", "zip5", "zip4", "country_code", "update_date", "congressional_district",
                "business_types_codes", "alternate_names", "entity_structure", "id");
        for (CSVRecord t : readCsv(tmp.resolve("truth.csv"), true)) {
            if (t.get("entity_id").isEmpty()) {
                continue;
            }
            CSVRecord r = recipients.get(Integer.parseInt(t.get("recipient_record")) - 1);
            boolean sameUei = !r.get("uei").isEmpty() && r.get("uei").equals(t.get("uei"));
            boolean sameDuns = !r.get("duns").isEmpty() && r.get("duns").equals(t.get("duns"));
            assertThat(sameUei || sameDuns).as("truth record " + t.get("record")).isTrue();
        }
        Pattern state = Pattern.compile("[A-Z]{2}|");
        Pattern zip5 = Pattern.compile("\\d{5}|");
        for (CSVRecord r : recipients) {
            assertThat(r.get("state")).matches(state);
            assertThat(r.get("zip5")).matches(zip5);
        }
        assertThat(recipients).anyMatch(r -> r.get("zip5").startsWith("0"));
    }

    @Test
    void copyFormHasNineteenFieldsValidEscapesAndTheDumpColumnOrder() throws IOException {
        generate(tmp, 9, GeneratorOptions.RecipientsFormat.PG_COPY, 10);
        assertThat(Files.readAllLines(tmp.resolve("recipients.columns"))).containsExactly("duns", "legal_business_name",
                "parent_duns", "parent_legal_business_name", "id", "update_date", "address_line_1", "address_line_2",
                "city", "congressional_district", "country_code", "state", "zip5", "zip4", "business_types_codes",
                "alternate_names", "entity_structure", "uei", "parent_uei");
        Pattern badEscape = Pattern.compile("\\\\(?![\\\\Ntnr])");
        long lines = 0;
        boolean sawBackslash = false;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(tmp.resolve("recipients.dat.gz"))), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines++;
                assertThat(line.split("\t", -1)).hasSize(19);
                assertThat(badEscape.matcher(line.replace("\\\\", "")).find()).as(line).isFalse();
                sawBackslash |= line.contains("\\\\");
            }
        }
        assertThat(lines).isEqualTo(4000);
        assertThat(sawBackslash).isTrue();
    }

    @Test
    void everyNoiseKindAppearsAtAPlausibleShare() throws IOException {
        GeneratorOptions options = new GeneratorOptions();
        options.recipients = 50_000;
        options.awards = 20_000;
        options.seed = 1;
        options.outDir = tmp;
        options.progress = false;
        Map<String, Long> kinds = new DataGenerator(QUIET).generate(options).noiseKinds;
        for (NoiseKind kind : NoiseKind.values()) {
            assertThat(kinds.getOrDefault(kind.label(), 0L)).as(kind.label()).isPositive();
        }
        assertThat(share(kinds, "exact")).isBetween(0.40, 0.65);
        assertThat(share(kinds, "absent")).isBetween(0.02, 0.10);
        assertThat(share(kinds, "malformed")).isBetween(0.001, 0.006);
        assertThat(share(kinds, "contradicting-id")).isBetween(0.001, 0.01);
        assertThat(share(kinds, "typo")).isBetween(0.02, 0.10);
    }

    private static double share(Map<String, Long> counts, String key) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return (double) counts.getOrDefault(key, 0L) / total;
    }

    private static List<CSVRecord> readCsv(Path file, boolean header) throws IOException {
        CSVFormat.Builder format = CSVFormat.RFC4180.builder().setTrailingData(true);
        if (header) {
            format.setHeader().setSkipHeaderRecord(true);
        }
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
                CSVParser parser = format.get().parse(in)) {
            return parser.getRecords();
        }
    }
}

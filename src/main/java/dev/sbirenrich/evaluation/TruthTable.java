package dev.sbirenrich.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** truth.csv in memory, keyed by (awards file base name, record number). */
public final class TruthTable {
    private final Map<String, TruthRecord> byKey;

    private TruthTable(Map<String, TruthRecord> byKey) {
        this.byKey = byKey;
    }

    public static TruthTable load(Path file) throws IOException {
        Map<String, TruthRecord> rows = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(in)) {
                TruthRecord t = new TruthRecord(row.get("file"), Long.parseLong(row.get("record")),
                        number(row.get("entity_id")), number(row.get("recipient_record")), blankToNull(row.get("uei")),
                        blankToNull(row.get("duns")), row.get("identifier_type"), row.get("noise"), row.get("id_format"),
                        blankToNull(row.get("defect")), optional(row, "typo_kind"), optional(row, "typo_letter"),
                        optional(row, "typo_word"));
                rows.put(t.key(), t);
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("not a truth.csv file: " + file + " (" + e.getMessage() + ")", e);
        }
        return new TruthTable(rows);
    }

    public TruthRecord get(String fileName, long record) {
        return byKey.get(TruthRecord.key(fileName, record));
    }

    public Iterable<TruthRecord> all() {
        return byKey.values();
    }

    public int size() {
        return byKey.size();
    }

    private static long number(String text) {
        return text.isEmpty() ? 0 : Long.parseLong(text);
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** A column that truth files of older generators lack: null there, as when it is blank. */
    private static String optional(CSVRecord row, String column) {
        return row.isMapped(column) ? blankToNull(row.get(column)) : null;
    }

}

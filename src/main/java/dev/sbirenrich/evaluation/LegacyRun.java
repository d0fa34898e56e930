package dev.sbirenrich.evaluation;

import dev.sbirenrich.matching.legacy.LegacyIdentifiers;
import dev.sbirenrich.matching.legacy.LegacyMatch;
import dev.sbirenrich.matching.legacy.LegacyMatcher;
import dev.sbirenrich.model.AwardColumns;
import dev.sbirenrich.model.Recipient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Runs the legacy matcher on the first N award records of an awards CSV against a recipients CSV,
 * reading cells as pandas did (NaN for blanks and "N/A"); rows without 42 cells are skipped as
 * pandas would refuse them.
 */
final class LegacyRun {
    /**
     * The legacy outcomes by award record number, the records the original itself counted as
     * matched (candidates included), its method counts, and how long it took.
     */
    record Result(Map<Long, Outcome> outcomes, Set<Long> countedMatched, Map<String, Long> methodCounts,
            long recipients, double seconds) {}

    private LegacyRun() {}

    static Result run(Path recipientsCsv, Path awardsCsv, int sample) throws IOException {
        long start = System.nanoTime();
        List<Recipient> recipients = readRecipients(recipientsCsv);
        LegacyMatcher matcher = new LegacyMatcher(recipients);
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        Set<Long> countedMatched = new HashSet<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setTrailingData(true).get();
        // InputStreamReader replaces invalid UTF-8 instead of failing, as pandas' "replace" errors mode would.
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(awardsCsv), StandardCharsets.UTF_8));
                CSVParser parser = format.parse(in)) {
            long record = -1;
            for (CSVRecord row : parser) {
                if (++record == 0) {
                    continue;
                }
                if (record > sample) {
                    break;
                }
                if (row.size() != AwardColumns.NAMES.size()) {
                    continue;
                }
                LegacyMatch m = matcher.match(LegacyIdentifiers.pandasCell(row.get(AwardColumns.COMPANY)),
                        LegacyIdentifiers.pandasCell(row.get(AwardColumns.UEI)),
                        LegacyIdentifiers.pandasCell(row.get(AwardColumns.DUNS)));
                counts.merge(m.method(), 1L, Long::sum);
                outcomes.put(record, outcome(m));
                if (m.countedAsMatchedByOriginal()) {
                    countedMatched.add(record);
                }
            }
        }
        return new Result(outcomes, countedMatched, counts, recipients.size(), (System.nanoTime() - start) / 1e9);
    }

    private static Outcome outcome(LegacyMatch m) {
        List<AttachedRecipient> candidates = new ArrayList<>();
        for (LegacyMatch.Scored s : m.candidates()) {
            candidates.add(attached(s.recipient()));
        }
        return new Outcome(m.method(), m.recipient() != null, m.recipient() == null ? null : attached(m.recipient()),
                candidates);
    }

    private static AttachedRecipient attached(Recipient r) {
        return new AttachedRecipient(r.recordNumber, r.uei, r.duns);
    }

    private static List<Recipient> readRecipients(Path file) throws IOException {
        List<Recipient> out = new ArrayList<>();
        // pandas skips blank lines (skip_blank_lines=True).
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = format.parse(in)) {
            if (!parser.getHeaderMap().containsKey("legal_business_name")) {
                throw new IOException(file + " is not a recipients CSV (no legal_business_name column)");
            }
            long record = 0;
            for (CSVRecord row : parser) {
                Recipient r = new Recipient();
                r.recordNumber = ++record;
                r.sourceFile = file.getFileName().toString();
                r.legalBusinessName = LegacyIdentifiers.pandasCell(row.get("legal_business_name"));
                r.uei = LegacyIdentifiers.pandasCell(row.get("uei"));
                r.duns = LegacyIdentifiers.pandasCell(row.get("duns"));
                out.add(r);
            }
        }
        return out;
    }
}

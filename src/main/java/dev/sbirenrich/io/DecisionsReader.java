package dev.sbirenrich.io;

import dev.sbirenrich.matching.Identifiers;
import dev.sbirenrich.model.Decision;
import dev.sbirenrich.model.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the decisions CSV that the review page exports (docs/review.md): one file, or every
 * {@code *.csv} file of a directory (not its subdirectories; names starting with {@code .} or
 * {@code _} are hidden). A wrong header fails the file in one line; a bad row becomes a
 * {@link DecisionProblem}. Rows that agree on an award (same verdict, UEI and DUNS) are one decision, the
 * first read; rows that disagree are all reported as {@code conflicting-decision} and none applies.
 */
public final class DecisionsReader {
    public static final String INPUT = "decisions";
    public static final List<String> HEADER =
            List.of("award_file", "award_record", "company", "verdict", "uei", "duns", "reviewer",
                    "decided_at");

    /** A decision with the row it came from, kept until conflicts are known. */
    private record Row(Decision decision, String file, long line, String raw) {}

    /** Why a row cannot be applied. */
    private record Invalid(String reason, String detail) {}

    private final Map<String, List<Row>> byAward = new LinkedHashMap<>();
    private final List<DecisionProblem> problems = new ArrayList<>();

    private DecisionsReader() {}

    /** The decisions of {@code path}, a file or a directory of {@code *.csv} files. */
    public static Decisions read(Path path) throws IOException {
        DecisionsReader reader = new DecisionsReader();
        for (Path file : files(path)) {
            reader.readFile(file);
        }
        return reader.result();
    }

    /** The decisions files {@code path} names: itself, or the {@code *.csv} files of a directory, in name order. */
    public static List<Path> files(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new InputFormatException(INPUT + " file not found: " + path);
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path, "*.csv")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (Files.isRegularFile(entry) && !name.startsWith(".") && !name.startsWith("_")) {
                    files.add(entry);
                }
            }
        }
        files.sort(null);
        return files;
    }

    private void readFile(Path path) throws IOException {
        String file = path.toString();
        try (InputStream in = Files.newInputStream(path); CsvRecords records = new CsvRecords(in, INPUT, file)) {
            List<String> header = List.of(records.header());
            if (!header.equals(HEADER)) {
                throw new InputFormatException(INPUT + " file " + file + " has the header " + String.join(",", header)
                        + "; expected " + String.join(",", HEADER));
            }
            for (CsvRecords.CsvRecord record = records.next(); record != null; record = records.next()) {
                Rejection broken = records.structuralRejection(record, record.line(), HEADER.size());
                if (broken != null) {
                    problems.add(new DecisionProblem(file, record.line(), broken.reason, broken.detail, record.rawText()));
                    continue;
                }
                String[] f = record.fields();
                Invalid invalid = invalid(f);
                if (invalid != null) {
                    problems.add(new DecisionProblem(file, record.line(), invalid.reason(), invalid.detail(),
                            record.rawText()));
                    continue;
                }
                Decision decision = new Decision(f[0].strip(), Long.parseLong(f[1].strip()), f[2], f[3].strip(),
                        f[4].isBlank() ? null : f[4].strip(), Identifiers.normalizeDuns(f[5]), f[6].strip(),
                        Instant.parse(f[7].strip()));
                byAward.computeIfAbsent(decision.awardId(), id -> new ArrayList<>())
                        .add(new Row(decision, file, record.line(), record.rawText()));
            }
        }
    }

    /** Why the row {@code f} cannot be applied, or null when it can. */
    private static Invalid invalid(String[] f) {
        if (f[0].isBlank()) {
            return new Invalid(DecisionProblem.MISSING_AWARD_FILE, "award_file is blank");
        }
        if (!isRecordNumber(f[1].strip())) {
            return new Invalid(DecisionProblem.BAD_RECORD,
                    "award_record must be a whole number from 1, not '" + f[1] + "'");
        }
        String verdict = f[3].strip();
        if (!verdict.equals(Decision.ACCEPT) && !verdict.equals(Decision.REJECT)) {
            return new Invalid(DecisionProblem.BAD_VERDICT, "verdict must be accept or reject, not '" + f[3] + "'");
        }
        boolean named = !f[4].isBlank() || !f[5].isBlank();
        if (verdict.equals(Decision.ACCEPT) && !named) {
            return new Invalid(DecisionProblem.MISSING_IDENTIFIER, "an accept names the recipient's uei or duns");
        }
        if (verdict.equals(Decision.REJECT) && named) {
            return new Invalid(DecisionProblem.IDENTIFIER_ON_REJECT,
                    "a reject has no uei or duns, found '" + f[4] + "' and '" + f[5] + "'");
        }
        if (!f[5].isBlank() && Identifiers.normalizeDuns(f[5]) == null) {
            return new Invalid(DecisionProblem.BAD_DUNS,
                    "duns must be 9 digits (leading zeros may be left out), not '" + f[5] + "'");
        }
        if (f[6].isBlank()) {
            return new Invalid(DecisionProblem.MISSING_REVIEWER, "reviewer is blank");
        }
        try {
            Instant.parse(f[7].strip());
        } catch (DateTimeParseException e) {
            return new Invalid(DecisionProblem.BAD_TIMESTAMP, "decided_at must be an ISO-8601 instant such as "
                    + "2026-01-31T09:30:00Z, not '" + f[7] + "'");
        }
        return null;
    }

    private static boolean isRecordNumber(String text) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Long.parseLong(text) >= 1;
    }

    private Decisions result() {
        List<Decision> valid = new ArrayList<>();
        for (List<Row> rows : byAward.values()) {
            Decision first = rows.get(0).decision();
            if (rows.stream().allMatch(row -> row.decision().agreesWith(first))) {
                valid.add(first);
                continue;
            }
            String detail = rows.size() + " rows decide " + first.awardId() + " differently: "
                    + String.join(", ", rows.stream().map(DecisionsReader::verdictText).toList());
            for (Row row : rows) {
                problems.add(new DecisionProblem(row.file(), row.line(), DecisionProblem.CONFLICTING_DECISION, detail,
                        row.raw()));
            }
        }
        return new Decisions(valid, problems);
    }

    private static String verdictText(Row row) {
        Decision d = row.decision();
        String text = d.verdict + (d.uei == null ? "" : " " + d.uei) + (d.duns == null ? "" : " " + d.duns);
        return text + " (line " + row.line() + ")";
    }
}

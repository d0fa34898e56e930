package dev.sbirenrich.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.sbirenrich.io.DecisionsReader;
import dev.sbirenrich.io.LineReader;
import dev.sbirenrich.io.ParallelReads;
import dev.sbirenrich.model.Decision;
import dev.sbirenrich.model.MatchMethod;
import dev.sbirenrich.model.RecordId;
import dev.sbirenrich.run.CommittedFiles;
import dev.sbirenrich.run.DecisionTally;
import dev.sbirenrich.run.MatchTally;
import dev.sbirenrich.run.OutputLayout;
import dev.sbirenrich.run.RunSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Reads a run's committed output once and counts what the summary needs. "Awards read" is taken
 * from the readers' record numbering, so a lost or duplicated award shows up as a gap or a repeat.
 * Enriched part files are parsed on every core (parsing is nearly all of the cost), each line only
 * up to its award's Phase ({@link EnrichedLine#parse}), and counted in file order, with a few files
 * in flight so memory stays bounded whatever the output's size.
 */
public final class OutputScan {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final String UNKNOWN = "unknown";
    private static final List<String> IDENTIFIER_TYPES = List.of("both", "uei-only", "duns-only", "neither");
    /** Score histogram buckets over [0, 1]. */
    static final int SCORE_BUCKETS = 20;

    private final Map<String, BitSet> seenByFile = new HashMap<>();
    private long duplicates;

    private OutputScan() {}

    /** Fills the counting fields of {@code summary} from {@code outputDir}/enriched and /rejected. */
    public static void fill(RunSummary summary, Path outputDir) throws IOException {
        fill(summary, outputDir, null);
    }

    /**
     * {@link #fill(RunSummary, Path)}, and when {@code given} (the decisions the run was started
     * with) is not null, which of them found no award in the output.
     */
    public static void fill(RunSummary summary, Path outputDir, List<Decision> given) throws IOException {
        OutputScan scan = new OutputScan();
        summary.decisions = new DecisionTally();
        for (MatchMethod method : MatchMethod.values()) {
            summary.methods.put(method.label(), 0L);
        }
        CompanySize.BUCKETS.forEach(b -> summary.matchByCompanySize.put(b, new MatchTally()));
        IDENTIFIER_TYPES.forEach(t -> summary.matchByIdentifierType.put(t, new MatchTally()));
        Path enrichedDir = outputDir.resolve(OutputLayout.ENRICHED_DIR);
        Path rejectedDir = outputDir.resolve(OutputLayout.REJECTED_DIR);
        scan.countEnriched(summary, CommittedFiles.under(enrichedDir));
        for (Path part : CommittedFiles.under(rejectedDir)) {
            eachRecord(part, line -> scan.countRejected(summary, line));
        }
        long matched = summary.methods.entrySet().stream()
                .filter(e -> MatchMethod.fromLabel(e.getKey()).matched())
                .mapToLong(Map.Entry::getValue)
                .sum();
        summary.matchRate = summary.awardsEnriched == 0 ? 0 : (double) matched / summary.awardsEnriched;
        summary.fuzzyCandidates = summary.methods.get(MatchMethod.NAME_FUZZY_CANDIDATE.label());
        long read = 0;
        long present = 0;
        for (BitSet seen : scan.seenByFile.values()) {
            read += seen.length() - 1; // record numbers start at 1
            present += seen.cardinality();
        }
        summary.awardsRead = read;
        summary.missingRecords = read - present;
        summary.duplicateRecords = scan.duplicates;
        summary.reconciled = summary.missingRecords == 0 && summary.duplicateRecords == 0
                && read == summary.awardsEnriched + summary.awardsRejected;
        if (given != null) {
            scan.checkPresent(summary.decisions, given);
        }
        summary.enrichedDir = enrichedDir.toString();
        summary.rejectedDir = rejectedDir.toString();
    }

    private void countEnriched(RunSummary summary, List<Path> parts) throws IOException {
        int threads = Math.max(1, Math.min(parts.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService parsers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "output-scan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            ParallelReads.inOrder(parsers, parts.size(), 2 * threads, i -> () -> enrichedLines(parts.get(i)),
                    lines -> lines.forEach(line -> countEnriched(summary, line)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while scanning the output");
        } finally {
            parsers.shutdownNow();
        }
    }

    /** A parser per line, so that a line's parse can stop before its end ({@link EnrichedLine#parse}). */
    private static List<EnrichedLine> enrichedLines(Path part) throws IOException {
        List<EnrichedLine> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(Files.newInputStream(part))) {
            while (reader.next()) {
                if (reader.end() == reader.start()) {
                    continue;
                }
                try (JsonParser parser = JSON.createParser(reader.buffer(), reader.start(), reader.end() - reader.start())) {
                    if (parser.nextToken() != JsonToken.START_OBJECT) {
                        throw new IllegalStateException("unreadable enriched row in " + part + ": not a JSON object");
                    }
                    lines.add(EnrichedLine.parse(parser));
                }
            }
        }
        return lines;
    }

    /** Hands every JSON object of a JSON Lines file to {@code onRecord}, the parser on its start. */
    private static void eachRecord(Path part, Consumer<JsonParser> onRecord) throws IOException {
        try (InputStream in = Files.newInputStream(part); JsonParser parser = JSON.createParser(in)) {
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                onRecord.accept(parser);
            }
        }
    }

    private void countEnriched(RunSummary summary, EnrichedLine line) {
        summary.awardsEnriched++;
        summary.methods.merge(line.method, 1L, Long::sum);
        if (line.reference != null) {
            summary.awardsByReference.merge(line.reference, 1L, Long::sum);
        }
        summary.identifierTypes.merge(line.identifierType(), 1L, Long::sum);
        if ("invalid".equals(line.ueiStatus)) {
            summary.invalidUei++;
        }
        if ("invalid".equals(line.dunsStatus)) {
            summary.invalidDuns++;
        }
        if (line.identifierDuplicates > 1) {
            summary.duplicateIdentifierMatches++;
        }
        MatchMethod method = MatchMethod.fromLabel(line.method);
        boolean matched = method.matched();
        tally(summary.matchByPhase, line.phase == null || line.phase.isBlank() ? UNKNOWN : line.phase.strip(), matched);
        tally(summary.matchByCompanySize, CompanySize.bucket(line.employees), matched);
        tally(summary.matchByIdentifierType, line.identifierType(), matched);
        tally(summary.matchByAwardYear, line.awardYear == null ? UNKNOWN : line.awardYear.toString(), matched);
        if (method == MatchMethod.NAME_FUZZY_AUTO) {
            summary.acceptedScoreHistogram.merge(scoreBucket(line.score), 1L, Long::sum);
        } else if (method == MatchMethod.NAME_FUZZY_CANDIDATE) {
            summary.candidateScoreHistogram.merge(scoreBucket(line.score), 1L, Long::sum);
        }
        if (line.decisionVerdict != null) {
            if (line.decisionProblem == null) {
                summary.decisions.applied++;
            } else {
                // The identifier the job looked up: the UEI, or the DUNS of a recipient without one.
                summary.decisions.unapplied(Decision.awardId(line.file, line.record) + " " + line.decisionVerdict + " "
                        + (line.decisionUei != null ? line.decisionUei : line.decisionDuns));
            }
        }
        markSeen(line.file, line.record);
    }

    /** Counts the given decisions whose award the output holds neither enriched nor rejected. */
    private void checkPresent(DecisionTally tally, List<Decision> given) {
        Map<String, BitSet> seenByName = new HashMap<>();
        seenByFile.forEach((file, seen) -> seenByName.merge(RecordId.fileName(file), seen,
                (a, b) -> {
                    BitSet both = (BitSet) a.clone();
                    both.or(b);
                    return both;
                }));
        tally.given = given.size();
        for (Decision decision : given) {
            BitSet seen = seenByName.get(decision.awardFile);
            if (seen == null || decision.awardRecord > Integer.MAX_VALUE || !seen.get((int) decision.awardRecord)) {
                tally.absent(decision.awardId() + " " + decision.verdict);
            }
        }
    }

    private static void tally(Map<String, MatchTally> breakdown, String bucket, boolean matched) {
        breakdown.computeIfAbsent(bucket, b -> new MatchTally()).add(matched);
    }

    /** Lower bound of the score's 0.05-wide bucket; a score of exactly 1 goes into the top bucket. */
    static String scoreBucket(double score) {
        int step = Math.min(SCORE_BUCKETS - 1, Math.max(0, (int) Math.floor(score * SCORE_BUCKETS + 1e-9)));
        return scoreBucketLabel(step);
    }

    static String scoreBucketLabel(int step) {
        return String.format(Locale.ROOT, "%.2f", step / (double) SCORE_BUCKETS);
    }

    private void countRejected(RunSummary summary, JsonParser parser) {
        try {
            RejectedRow row = new RejectedRow();
            JsonFields.each(parser, field -> {
                switch (field) {
                    case "input" -> row.input = parser.getValueAsString();
                    case "file" -> row.file = parser.getValueAsString();
                    case "reason" -> row.reason = parser.getValueAsString();
                    case "record" -> row.record = parser.getLongValue();
                    default -> { }
                }
            });
            if ("awards".equals(row.input)) {
                summary.awardsRejected++;
                summary.rejectedByReason.merge(row.reason, 1L, Long::sum);
                markSeen(row.file, row.record);
            } else if (DecisionsReader.INPUT.equals(row.input)) {
                summary.decisions.rejectedRows++;
            } else {
                summary.recipientsRejected++;
            }
        } catch (IOException e) {
            throw new IllegalStateException("unreadable rejected row: " + e.getMessage(), e);
        }
    }

    /** The fields of a rejected/ line that the summary counts. */
    private static final class RejectedRow {
        String input;
        String file;
        String reason;
        long record;
    }

    private void markSeen(String file, long record) {
        BitSet seen = seenByFile.computeIfAbsent(file, f -> new BitSet());
        int index = Math.toIntExact(record);
        if (seen.get(index)) {
            duplicates++;
        }
        seen.set(index);
    }
}

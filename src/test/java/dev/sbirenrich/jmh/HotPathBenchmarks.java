package dev.sbirenrich.jmh;

import dev.sbirenrich.datagen.DataGenerator;
import dev.sbirenrich.datagen.GeneratorOptions;
import dev.sbirenrich.io.AwardCsvReader;
import dev.sbirenrich.io.RecipientCsvReader;
import dev.sbirenrich.io.RecordReader;
import dev.sbirenrich.matching.AwardKeyer;
import dev.sbirenrich.matching.Locations;
import dev.sbirenrich.matching.MatchCascade;
import dev.sbirenrich.matching.MatchScorer;
import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.matching.NameBlocker;
import dev.sbirenrich.matching.NameNormalizer;
import dev.sbirenrich.matching.Place;
import dev.sbirenrich.matching.RecipientKeyer;
import dev.sbirenrich.matching.Streets;
import dev.sbirenrich.matching.TokenFrequencies;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.AwardColumns;
import dev.sbirenrich.model.AwardKeys;
import dev.sbirenrich.model.MatchResult;
import dev.sbirenrich.model.ProbeAnswer;
import dev.sbirenrich.model.Recipient;
import dev.sbirenrich.reference.KeyHash;
import dev.sbirenrich.reference.ReferenceInput;
import dev.sbirenrich.reference.ReferenceLookup;
import dev.sbirenrich.reference.ReferenceSnapshot;
import dev.sbirenrich.reference.ReferenceStore;
import dev.sbirenrich.reference.SnapshotDescriptor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Micro-benchmarks of the per-record hot paths, on generated rows (the benchmark's generator, seed
 * 42): CSV parsing of both inputs, name normalization, recipient keying, blocking keys, fuzzy
 * scoring, and the enrichment's own steps against a reference snapshot built from the generated
 * recipients in a temporary store: the key hash, one award's lookups
 * ({@link ReferenceLookup#answers}) and the cascade's decision on them ({@link MatchCascade#decide}).
 * Each operation handles one record, one pair or one award; parsing benchmarks read a whole
 * in-memory file and report per file. The snapshot build has its own benchmarks
 * ({@code reference.SnapshotBuildBenchmarks}). Run them as docs/performance/enrichment-benchmarks.md shows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPathBenchmarks {
    private static final int RECIPIENTS = 20_000;
    private static final int AWARDS = 5_000;
    private static final Place ARLINGTON = new Place(Locations.stateCode("VA"), Locations.city("Arlington"),
            Locations.zip5("22201"), Streets.normalize("1100 Wilson Blvd"));

    private byte[] awardsCsv;
    private byte[] recipientsCsv;
    private String[] names;
    private String[][] tokens;
    private Recipient[] rawRecipients;
    private Recipient[] keyedRecipients;
    private MatchScorer scorer;
    private TokenFrequencies frequencies;
    private Path dir;
    private AwardKeys[] awardKeys;
    private String[] probeKeys;
    private ReferenceLookup lookup;
    private List<ProbeAnswer>[] answers;
    private MatchCascade cascade;
    private int next;

    @Setup(Level.Trial)
    @SuppressWarnings("unchecked")
    public void generate() throws IOException {
        dir = Files.createTempDirectory("sbir-jmh");
        GeneratorOptions options = new GeneratorOptions();
        options.recipients = RECIPIENTS;
        options.awards = AWARDS;
        options.outDir = dir.resolve("data");
        options.progress = false;
        new DataGenerator(new PrintStream(OutputStream.nullOutputStream())).generate(options);
        awardsCsv = Files.readAllBytes(options.outDir.resolve(DataGenerator.AWARDS_FILE));
        Path recipientsFile = options.outDir.resolve(DataGenerator.RECIPIENTS_CSV);
        recipientsCsv = Files.readAllBytes(recipientsFile);
        List<Recipient> recipients = readAll(new RecipientCsvReader("recipients.csv", new ByteArrayInputStream(recipientsCsv)));
        List<String> companyNames = new ArrayList<>();
        List<AwardKeys> keys = new ArrayList<>();
        for (Award a : readAll(new AwardCsvReader("awards.csv", new ByteArrayInputStream(awardsCsv)))) {
            if (a.rejection == null) {
                companyNames.add(a.get(AwardColumns.COMPANY));
                keys.add(AwardKeyer.keysFor(a));
            }
        }
        rawRecipients = recipients.stream().filter(r -> r.rejection == null).toArray(Recipient[]::new);
        keyedRecipients = Stream.of(rawRecipients).map(RecipientKeyer::normalize).toArray(Recipient[]::new);
        names = companyNames.toArray(String[]::new);
        tokens = Stream.of(names).map(NameNormalizer::tokens).toArray(String[][]::new);
        MatchingSettings settings = new MatchingSettings();
        scorer = new MatchScorer(settings);
        frequencies = new TokenFrequencies(settings);

        SnapshotDescriptor descriptor = new ReferenceStore(dir.resolve("store"))
                .ensure(new ReferenceInput(List.of(recipientsFile), null), 2, rows -> {}).descriptor();
        lookup = new ReferenceLookup(ReferenceSnapshot.open(Path.of(descriptor.location), descriptor.checksum, true),
                settings);
        cascade = new MatchCascade(settings);
        awardKeys = keys.toArray(AwardKeys[]::new);
        probeKeys = keys.stream().flatMap(k -> Stream.of(k.probeKeys)).toArray(String[]::new);
        answers = new List[awardKeys.length];
        for (int i = 0; i < awardKeys.length; i++) {
            answers[i] = lookup.answers("awards.csv#" + i, awardKeys[i]);
        }
    }

    @TearDown(Level.Trial)
    public void deleteTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static <T> List<T> readAll(RecordReader<T> reader) throws IOException {
        List<T> all = new ArrayList<>();
        try (reader) {
            for (T t = reader.next(); t != null; t = reader.next()) {
                all.add(t);
            }
        }
        return all;
    }

    private int nextIndex(int length) {
        next = next + 1 >= length ? 0 : next + 1;
        return next;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void parseAwardsFile(Blackhole bh) throws IOException {
        try (AwardCsvReader reader = new AwardCsvReader("awards.csv", new ByteArrayInputStream(awardsCsv))) {
            for (Award a = reader.next(); a != null; a = reader.next()) {
                bh.consume(a);
            }
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void parseRecipientsFile(Blackhole bh) throws IOException {
        try (RecipientCsvReader reader = new RecipientCsvReader("recipients.csv", new ByteArrayInputStream(recipientsCsv))) {
            for (Recipient r = reader.next(); r != null; r = reader.next()) {
                bh.consume(r);
            }
        }
    }

    @Benchmark
    public String[] normalizeName() {
        return NameNormalizer.tokens(names[nextIndex(names.length)]);
    }

    @Benchmark
    public String[] keyRecipient() {
        return RecipientKeyer.indexKeysFor(RecipientKeyer.normalize(rawRecipients[nextIndex(rawRecipients.length)]));
    }

    @Benchmark
    public String[] blockingKeys() {
        return NameBlocker.blockingKeys(tokens[nextIndex(tokens.length)]);
    }

    @Benchmark
    public double scorePair() {
        int i = nextIndex(tokens.length);
        Recipient candidate = keyedRecipients[i % keyedRecipients.length];
        return scorer.score(tokens[i], ARLINGTON, candidate, frequencies);
    }

    @Benchmark
    public long hashKey() {
        return KeyHash.of(probeKeys[nextIndex(probeKeys.length)]);
    }

    /** Every probe of one award against the snapshot: the index, preselection and the rows read. */
    @Benchmark
    public List<ProbeAnswer> lookupAward() {
        return lookup.answers("awards.csv#1", awardKeys[nextIndex(awardKeys.length)]);
    }

    /** The cascade's decision on one award's answers (identifiers, then scoring the candidates). */
    @Benchmark
    public MatchResult decideAward() {
        int i = nextIndex(awardKeys.length);
        return cascade.decide(awardKeys[i], answers[i]);
    }

    /** Lookups and decision together: the enrichment's work per award. */
    @Benchmark
    public MatchResult enrichAward() {
        AwardKeys keys = awardKeys[nextIndex(awardKeys.length)];
        return cascade.decide(keys, lookup.answers("awards.csv#1", keys));
    }
}

package dev.sbirenrich.jmh;

import dev.sbirenrich.datagen.DataGenerator;
import dev.sbirenrich.datagen.GeneratorOptions;
import dev.sbirenrich.io.AwardCsvReader;
import dev.sbirenrich.io.RecipientCsvReader;
import dev.sbirenrich.io.RecordReader;
import dev.sbirenrich.matching.Locations;
import dev.sbirenrich.matching.MatchScorer;
import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.matching.NameBlocker;
import dev.sbirenrich.matching.NameNormalizer;
import dev.sbirenrich.matching.RecipientKeyer;
import dev.sbirenrich.matching.TokenFrequencies;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.AwardColumns;
import dev.sbirenrich.model.Recipient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Micro-benchmarks of the per-record hot paths, on generated rows (the benchmark's generator, seed
 * 42): CSV parsing of both inputs, name normalisation, recipient keying, blocking keys and fuzzy
 * scoring. Each operation handles one record or one pair; parsing benchmarks read a whole
 * in-memory file and report per file. Run them as docs/performance/enrichment-benchmarks.md shows.
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

    private byte[] awardsCsv;
    private byte[] recipientsCsv;
    private String[] names;
    private String[][] tokens;
    private Recipient[] rawRecipients;
    private Recipient[] keyedRecipients;
    private MatchScorer scorer;
    private TokenFrequencies frequencies;
    private int next;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        Path dir = Files.createTempDirectory("sbir-jmh");
        GeneratorOptions options = new GeneratorOptions();
        options.recipients = RECIPIENTS;
        options.awards = AWARDS;
        options.outDir = dir;
        options.progress = false;
        new DataGenerator(new PrintStream(OutputStream.nullOutputStream())).generate(options);
        awardsCsv = Files.readAllBytes(dir.resolve(DataGenerator.AWARDS_FILE));
        recipientsCsv = Files.readAllBytes(dir.resolve(DataGenerator.RECIPIENTS_CSV));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        List<Recipient> recipients = readAll(new RecipientCsvReader("recipients.csv", new ByteArrayInputStream(recipientsCsv)));
        List<String> companyNames = new ArrayList<>();
        for (Award a : readAll(new AwardCsvReader("awards.csv", new ByteArrayInputStream(awardsCsv)))) {
            if (a.rejection == null) {
                companyNames.add(a.get(AwardColumns.COMPANY));
            }
        }
        rawRecipients = recipients.stream().filter(r -> r.rejection == null).toArray(Recipient[]::new);
        keyedRecipients = Stream.of(rawRecipients).map(RecipientKeyer::normalise).toArray(Recipient[]::new);
        names = companyNames.toArray(String[]::new);
        tokens = Stream.of(names).map(NameNormalizer::tokens).toArray(String[][]::new);
        MatchingSettings settings = new MatchingSettings();
        scorer = new MatchScorer(settings);
        frequencies = new TokenFrequencies(settings);
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
    public String[] normaliseName() {
        return NameNormalizer.tokens(names[nextIndex(names.length)]);
    }

    @Benchmark
    public String[] keyRecipient() {
        return RecipientKeyer.indexKeysFor(RecipientKeyer.normalise(rawRecipients[nextIndex(rawRecipients.length)]));
    }

    @Benchmark
    public String[] blockingKeys() {
        return NameBlocker.blockingKeys(tokens[nextIndex(tokens.length)]);
    }

    @Benchmark
    public double scorePair() {
        int i = nextIndex(tokens.length);
        Recipient candidate = keyedRecipients[i % keyedRecipients.length];
        return scorer.score(tokens[i], Locations.city("Arlington"), Locations.stateCode("VA"), Locations.zip5("22201"),
                candidate, frequencies);
    }
}

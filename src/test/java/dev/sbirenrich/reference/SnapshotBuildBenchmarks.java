package dev.sbirenrich.reference;

import dev.sbirenrich.datagen.DataGenerator;
import dev.sbirenrich.datagen.GeneratorOptions;
import dev.sbirenrich.io.RecipientCsvReader;
import dev.sbirenrich.model.Recipient;
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

/**
 * Micro-benchmarks of the reference snapshot build, on the generator's recipients (seed 42): one
 * build worker's batch ({@link KeyedBatch#of}: normalize, key, hash and encode 2,048 rows, the unit
 * the builder hands to each core) and a whole build of a small dump into a fresh store
 * ({@link ReferenceStore#ensure}: the id's SHA-256, reading, keying, sorting, writing and the
 * CRCs). In this package because batches are package-private. Run them like HotPathBenchmarks
 * (docs/performance/enrichment-benchmarks.md): {@code org.openjdk.jmh.Main SnapshotBuildBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SnapshotBuildBenchmarks {
    private static final int RECIPIENTS = 20_000;
    private static final int BATCH_ROWS = 2048;

    private Path dir;
    private Path dump;
    private List<Recipient> batch;
    private int builds;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        dir = Files.createTempDirectory("sbir-jmh-build");
        GeneratorOptions options = new GeneratorOptions();
        options.recipients = RECIPIENTS;
        options.awards = 10;
        options.outDir = dir.resolve("data");
        options.progress = false;
        new DataGenerator(new PrintStream(OutputStream.nullOutputStream())).generate(options);
        dump = options.outDir.resolve(DataGenerator.RECIPIENTS_CSV);
        batch = new ArrayList<>(BATCH_ROWS);
        try (RecipientCsvReader reader = new RecipientCsvReader("recipients.csv",
                new ByteArrayInputStream(Files.readAllBytes(dump)))) {
            for (Recipient r = reader.next(); r != null && batch.size() < BATCH_ROWS; r = reader.next()) {
                batch.add(r);
            }
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

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public KeyedBatch keyBatch() {
        return KeyedBatch.of(batch, 0);
    }

    /** A build from scratch with two workers, into a store of its own (a reuse would measure nothing). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SnapshotDescriptor buildSnapshot() throws IOException {
        Path store = dir.resolve("store-" + builds++);
        try {
            return new ReferenceStore(store).ensure(new ReferenceInput(List.of(dump), null), 2, rows -> {})
                    .descriptor();
        } finally {
            ReferenceStore.deleteTree(store);
        }
    }
}

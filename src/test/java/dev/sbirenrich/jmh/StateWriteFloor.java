package dev.sbirenrich.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.CompressionType;
import org.rocksdb.Env;
import org.rocksdb.Options;
import org.rocksdb.Priority;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteOptions;

/**
 * The least time RocksDB alone needs to take the reference load's writes, with nothing of Flink on
 * top: two threads (the two parallel index subtasks), each appending its half of the entries to its
 * own database with a blind merge, as Flink's list state does (no WAL, the same merge operator, no
 * compression, 64 MB write buffers, bloom filters, four background threads). Keys look like Flink's
 * (key-group prefix, then the key) and are drawn uniformly, as hashed lookup keys arrive.
 *
 * <p>Defaults are the full generated reference: 20.1 million entries (5.9 lookup keys for each of
 * 3,382,233 recipients) of 187 bytes. One operation is one whole load, so the score is its wall
 * time. Background compaction runs while writing, as in the job; {@code -p compaction=false}
 * leaves only memtable inserts and flushes. Run as docs/performance/enrichment-benchmarks.md shows.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 3)
@Fork(1)
@Threads(2)
public class StateWriteFloor {
    private static final int THREADS = 2;

    @Param("20100000")
    public long entries;

    @Param("187")
    public int valueBytes;

    @Param("true")
    public boolean compaction;

    private Path dir;
    private Options options;
    private WriteOptions writeOptions;
    private RocksDB db;
    private SplittableRandom random;

    @Setup(Level.Iteration)
    public void openEmptyDatabase() throws IOException, RocksDBException {
        RocksDB.loadLibrary();
        Env.getDefault().setBackgroundThreads(4, Priority.LOW);
        dir = Files.createTempDirectory("state-write-floor");
        options = new Options()
                .setCreateIfMissing(true)
                .setMergeOperatorName("stringappendtest")
                .setWriteBufferSize(64L << 20)
                .setMaxWriteBufferNumber(2)
                .setTargetFileSizeBase(64L << 20)
                .setMaxBytesForLevelBase(256L << 20)
                .setCompressionType(CompressionType.NO_COMPRESSION)
                .setMaxBackgroundJobs(4)
                .setMaxOpenFiles(-1)
                .setDisableAutoCompactions(!compaction)
                .setTableFormatConfig(new BlockBasedTableConfig().setFilterPolicy(new BloomFilter(10, false)));
        if (!compaction) {
            // Without compaction, L0 files pile up; keep RocksDB from stalling writes on their count.
            options.setLevel0SlowdownWritesTrigger(1 << 20).setLevel0StopWritesTrigger(1 << 20);
        }
        writeOptions = new WriteOptions().setDisableWAL(true);
        db = RocksDB.open(options, dir.toString());
        random = new SplittableRandom(Thread.currentThread().getId());
    }

    @Benchmark
    public void load() throws RocksDBException {
        byte[] value = "x".repeat(valueBytes).getBytes(StandardCharsets.US_ASCII);
        long keySpace = entries;
        for (long i = 0, mine = entries / THREADS; i < mine; i++) {
            db.merge(writeOptions, flinkLikeKey(random.nextLong(keySpace)), value);
        }
    }

    /** Two key-group bytes, a length byte and the key text, like a serialised String key. */
    private static byte[] flinkLikeKey(long key) {
        byte[] text = ("N|" + Long.toString(key * 0x9E3779B97F4A7C15L, 36)).getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[3 + text.length];
        int keyGroup = (int) Math.floorMod(key, 128);
        bytes[0] = (byte) (keyGroup >>> 8);
        bytes[1] = (byte) keyGroup;
        bytes[2] = (byte) text.length;
        System.arraycopy(text, 0, bytes, 3, text.length);
        return bytes;
    }

    @TearDown(Level.Iteration)
    public void dropDatabase() throws IOException {
        db.close();
        writeOptions.close();
        options.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}

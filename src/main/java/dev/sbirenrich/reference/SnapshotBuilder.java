package dev.sbirenrich.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sbirenrich.io.InputFailure;
import dev.sbirenrich.io.ParallelReads;
import dev.sbirenrich.io.RecipientCsvReader;
import dev.sbirenrich.io.RecordReader;
import dev.sbirenrich.model.Recipient;
import dev.sbirenrich.model.Rejection;
import dev.sbirenrich.pipeline.RecordFileFormat;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Builds a snapshot in bulk: one thread reads the dump's rows in order, every core normalizes, keys
 * and encodes batches of them ({@link KeyedBatch}), and the batches are appended in reading order,
 * so row ids and file contents are the same whatever the thread timing. Stored rows stream to
 * their file as they come. The preselection records and the index entries (eight bytes each, off
 * the heap, per build bucket) are held until every row is read: the records are then written in
 * name order, and each bucket's entries are pointed at their records, sorted on their own in
 * parallel, and written in bucket order. Nothing is written per entry anywhere.
 */
final class SnapshotBuilder {
    private static final int BATCH_ROWS = 2048;
    /** Rows are numbered in 24 bits while the name order is worked out (see Records#nameOrder). */
    private static final int MAX_ROWS = (1 << 24) - 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReferenceInput input;
    private final int threads;
    private final LongConsumer rowsRead;

    SnapshotBuilder(ReferenceInput input, int threads, LongConsumer rowsRead) {
        this.input = input;
        this.threads = Math.max(1, threads);
        this.rowsRead = rowsRead;
    }

    /** Writes the snapshot's files into the empty directory {@code dir} and returns its manifest. */
    SnapshotManifest build(String id, Path dir) throws IOException {
        long started = System.nanoTime();
        SnapshotManifest manifest = new SnapshotManifest();
        manifest.id = id;
        manifest.formatVersion = SnapshotFormat.VERSION;
        manifest.inputFormat = input.format();
        manifest.inputs = new ArrayList<>();
        for (Path file : input.files()) {
            manifest.inputs.add(file.getFileName().toString());
            manifest.inputBytes += Files.size(file);
        }
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "snapshot-build");
            t.setDaemon(true);
            return t;
        });
        Buckets buckets = new Buckets();
        Records records = new Records();
        try (Sections sections = new Sections(dir)) {
            readAndKey(workers, sections, buckets, records, manifest);
            int[] slots = writeRecords(sections, records);
            records = null;
            writeIndex(workers, sections, buckets, slots, manifest);
            sections.finish(manifest);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("snapshot build interrupted", e);
        } finally {
            workers.shutdownNow();
        }
        manifest.createdAt = Instant.now().toString();
        manifest.buildMillis = (System.nanoTime() - started) / 1_000_000;
        return manifest;
    }

    private void readAndKey(ExecutorService workers, Sections sections, Buckets buckets, Records records,
            SnapshotManifest manifest) throws IOException, InterruptedException {
        ArrayDeque<Future<KeyedBatch>> pending = new ArrayDeque<>();
        long read = 0;
        for (int fileIndex = 0; fileIndex < input.files().size(); fileIndex++) {
            Path file = input.files().get(fileIndex);
            try (RecordReader<Recipient> reader = open(file)) {
                List<Recipient> batch = new ArrayList<>(BATCH_ROWS);
                Recipient raw;
                long fileRecords = 0;
                boolean truncated = false;
                while (!truncated && (raw = next(reader, file, fileRecords)) != null) {
                    fileRecords++;
                    truncated = raw.rejection != null && Rejection.TRUNCATED_INPUT.equals(raw.rejection.reason);
                    batch.add(raw);
                    if (batch.size() == BATCH_ROWS) {
                        pending.add(submit(workers, batch, fileIndex));
                        batch = new ArrayList<>(BATCH_ROWS);
                        read += BATCH_ROWS;
                        rowsRead.accept(read);
                        while (pending.size() > 2 * threads) {
                            append(ParallelReads.await(pending.poll()), sections, buckets, records, manifest);
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    pending.add(submit(workers, batch, fileIndex));
                    read += batch.size();
                }
            }
        }
        while (!pending.isEmpty()) {
            append(ParallelReads.await(pending.poll()), sections, buckets, records, manifest);
        }
        rowsRead.accept(read);
    }

    private RecordReader<Recipient> open(Path file) throws IOException {
        try {
            return input.open(file);
        } catch (IOException e) {
            throw InputFailure.isDeterministic(e) ? InputFailure.describe(name(file), e) : e;
        }
    }

    /** A recipients file as the one-line messages name it. */
    static String name(Path file) {
        return RecipientCsvReader.INPUT + " file " + file;
    }

    /**
     * The next row of {@code file}; after a truncation (compressed data that ends early or turns
     * corrupt) a last row that records it, so the rows before it are kept and the run's quality
     * gate sees the damage; null at the end. Other failures of the input itself are one line.
     */
    private static Recipient next(RecordReader<Recipient> reader, Path file, long read) throws IOException {
        try {
            return reader.next();
        } catch (IOException | RuntimeException e) {
            if (!InputFailure.isDeterministic(e)) {
                throw e;
            }
            if (!InputFailure.isTruncation(e)) {
                throw InputFailure.describe(name(file), e);
            }
            Recipient truncated = new Recipient();
            truncated.rejection = new Rejection(RecipientCsvReader.INPUT, file.getFileName().toString(), read + 1,
                    Rejection.TRUNCATED_INPUT, "the file cannot be read past record " + read + ": "
                            + InputFailure.problem(e), "");
            return truncated;
        }
    }

    private static Future<KeyedBatch> submit(ExecutorService workers, List<Recipient> batch, int fileIndex) {
        return workers.submit(() -> KeyedBatch.of(batch, fileIndex));
    }

    private static void append(KeyedBatch batch, Sections sections, Buckets buckets, Records records,
            SnapshotManifest manifest) throws IOException {
        long firstRow = manifest.rows;
        if (firstRow + batch.rowCount > MAX_ROWS) {
            throw new IOException("the reference has more than " + MAX_ROWS
                    + " rows, the most one snapshot holds: see docs/operations.md, Beyond one machine");
        }
        long base = sections.rows.size();
        int start = 0;
        for (int row = 0; row < batch.rowCount; row++) {
            sections.offsets.putInt(checkedOffset(base + start));
            start = batch.rowEnds[row];
        }
        sections.rows.put(batch.rows.data, 0, batch.rows.size);
        records.append(batch);
        for (int i = 0; i < batch.keyCount; i++) {
            buckets.add(batch.keyHashes[i], (int) (firstRow + batch.keyRows[i]));
        }
        for (Rejection rejection : batch.rejected) {
            sections.rejected.write(JSON.writeValueAsString(rejection));
            sections.rejected.newLine();
        }
        manifest.rows += batch.rowCount;
        manifest.entries += batch.keyCount;
        manifest.rejected += batch.rejected.size();
        manifest.invalidUei += batch.invalidUei;
        manifest.invalidDuns += batch.invalidDuns;
    }

    private static int checkedOffset(long offset) throws IOException {
        if (offset > Integer.MAX_VALUE) {
            throw new IOException("the reference rows exceed 2 GiB, the most one snapshot holds: see"
                    + " docs/operations.md, Beyond one machine");
        }
        return (int) offset;
    }

    /** Writes the records in name order and returns each row's record slot. */
    private static int[] writeRecords(Sections sections, Records records) throws IOException {
        int[] order = records.nameOrder();
        int[] slots = new int[records.rows];
        long cursor = 0;
        for (int row : order) {
            if (cursor / SnapshotFormat.RECORD_ALIGNMENT > SnapshotFormat.SLOT_MASK) {
                throw new IOException("the reference's records exceed " + (SnapshotFormat.SLOT_MASK + 1L)
                        * SnapshotFormat.RECORD_ALIGNMENT * Integer.BYTES + " bytes, the most one snapshot holds:"
                        + " see docs/operations.md, Beyond one machine");
            }
            slots[row] = (int) (cursor / SnapshotFormat.RECORD_ALIGNMENT);
            cursor += records.write(row, sections.records);
            for (; cursor % SnapshotFormat.RECORD_ALIGNMENT != 0; cursor++) {
                sections.records.putInt(0);
            }
        }
        return slots;
    }

    /**
     * Points each bucket's entries at their records and sorts them, a few buckets at a time on the
     * workers, and writes them in bucket order as they come: the heap holds only the buckets in
     * flight, never the whole index.
     */
    private void writeIndex(ExecutorService workers, Sections sections, Buckets buckets, int[] slots,
            SnapshotManifest manifest) throws IOException, InterruptedException {
        sections.offsets.putInt(checkedOffset(sections.rows.size()));
        manifest.directoryBits = SnapshotFormat.directoryBits(manifest.entries);
        int slotsPerBucket = 1 << (manifest.directoryBits - SnapshotFormat.BUCKET_BITS);
        int shift = 63 - manifest.directoryBits + SnapshotFormat.BUCKET_BITS;
        ParallelReads.inOrder(workers, Buckets.COUNT, 2 * threads, b -> () -> buckets.sorted(b, slots), entries -> {
            long written = sections.index.size() / Long.BYTES;
            int i = 0;
            for (int slot = 0; slot < slotsPerBucket; slot++) {
                sections.directory.putInt((int) (written + i));
                while (i < entries.length && (int) (entries[i] >>> shift) == slot) {
                    sections.index.putLong(entries[i++]);
                }
            }
        });
        long written = sections.index.size() / Long.BYTES;
        sections.directory.putInt((int) written);
        if (written != manifest.entries) {
            throw new IllegalStateException("index holds " + written + " entries, expected " + manifest.entries);
        }
    }

    /**
     * Every row's record (without its row id) and name order keys, held in their batches' own
     * arrays until the name order is known: no array here grows with the reference, so the heap
     * never holds two copies of one while it grows.
     */
    private static final class Records {
        private final List<Batch> batches = new ArrayList<>();
        private long[] byPrefix = new long[1 << 16];
        int rows;

        private record Batch(int firstRow, int[] ints, int[] ends, long[] nameHashes) {}

        void append(KeyedBatch batch) {
            batches.add(new Batch(rows, batch.records, batch.recordEnds, batch.nameHashes));
            if (rows + batch.rowCount > byPrefix.length) {
                byPrefix = Arrays.copyOf(byPrefix, Math.max(byPrefix.length + (byPrefix.length >> 1),
                        rows + batch.rowCount));
            }
            for (int row = 0; row < batch.rowCount; row++) {
                byPrefix[rows + row] = batch.namePrefixes[row] << 24 | (rows + row);
            }
            rows += batch.rowCount;
        }

        private Batch batchOf(int row) {
            int lo = 0;
            int hi = batches.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (batches.get(mid).firstRow <= row) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return batches.get(lo);
        }

        /** Writes row {@code row}'s record, its id first; returns the ints written. */
        int write(int row, SectionWriter out) throws IOException {
            Batch batch = batchOf(row);
            int local = row - batch.firstRow;
            int from = local == 0 ? 0 : batch.ends[local - 1];
            int to = batch.ends[local];
            out.putInt(row);
            out.putInts(batch.ints, from, to);
            return 1 + to - from;
        }

        private long nameHash(int row) {
            Batch batch = batchOf(row);
            return batch.nameHashes[row - batch.firstRow];
        }

        /**
         * Rows by name: the first letters of the full key, then (within a run of equal letters)
         * the full key's hash, so the rows of one name are contiguous; then row id.
         */
        int[] nameOrder() {
            long[] sorted = byPrefix;
            byPrefix = null;
            Arrays.parallelSort(sorted, 0, rows);
            int[] order = new int[rows];
            long[] run = new long[16];
            for (int from = 0; from < rows; ) {
                int to = from + 1;
                while (to < rows && sorted[to] >>> 24 == sorted[from] >>> 24) {
                    to++;
                }
                if (run.length < to - from) {
                    run = new long[Math.max(to - from, run.length * 2)];
                }
                for (int i = from; i < to; i++) {
                    int row = (int) (sorted[i] & MAX_ROWS);
                    run[i - from] = (nameHash(row) >>> 24) << 24 | row;
                }
                Arrays.sort(run, 0, to - from);
                for (int i = from; i < to; i++) {
                    order[i] = (int) (run[i - from] & MAX_ROWS);
                }
                from = to;
            }
            return order;
        }
    }

    /**
     * The entries of each build bucket, appended in row order, held off the heap: in chunks carved
     * from large direct buffers, so a reference twice the full one still builds in a 1 GiB heap,
     * and no bucket is ever copied to grow. A bucket is taken onto the heap only to be sorted.
     */
    private static final class Buckets {
        static final int COUNT = 1 << SnapshotFormat.BUCKET_BITS;
        /** Entries per chunk: small, since every bucket has one chunk partly filled. */
        private static final int CHUNK = 1024;
        private static final int SLAB_CHUNKS = 8192;
        private final List<List<LongBuffer>> chunks = new ArrayList<>(COUNT);
        private LongBuffer slab = LongBuffer.allocate(0);

        Buckets() {
            for (int b = 0; b < COUNT; b++) {
                chunks.add(new ArrayList<>());
            }
        }

        /** Files a row under a key; the row id stands where its record slot goes later. */
        void add(long keyHash, int row) {
            List<LongBuffer> bucket = chunks.get(SnapshotFormat.bucket(keyHash));
            LongBuffer chunk = bucket.isEmpty() ? null : bucket.get(bucket.size() - 1);
            if (chunk == null || !chunk.hasRemaining()) {
                chunk = chunk();
                bucket.add(chunk);
            }
            chunk.put(SnapshotFormat.entry(keyHash, row));
        }

        private LongBuffer chunk() {
            if (slab.remaining() < CHUNK) {
                slab = ByteBuffer.allocateDirect(CHUNK * SLAB_CHUNKS * Long.BYTES).order(ByteOrder.nativeOrder())
                        .asLongBuffer();
            }
            LongBuffer chunk = slab.slice(slab.position(), CHUNK);
            slab.position(slab.position() + CHUNK);
            return chunk;
        }

        /** Bucket {@code b}'s entries pointed at their rows' record {@code slots}, sorted; the bucket is emptied. */
        long[] sorted(int b, int[] slots) {
            long[] entries = take(b);
            for (int i = 0; i < entries.length; i++) {
                entries[i] = (entries[i] & ~(long) SnapshotFormat.SLOT_MASK) | slots[SnapshotFormat.slot(entries[i])];
            }
            Arrays.sort(entries);
            return entries;
        }

        /** Bucket {@code b}'s entries, in the order they were added; the bucket is emptied. */
        private long[] take(int b) {
            List<LongBuffer> taken = chunks.set(b, List.of());
            int size = 0;
            for (LongBuffer chunk : taken) {
                size += chunk.position();
            }
            long[] entries = new long[size];
            int at = 0;
            for (LongBuffer chunk : taken) {
                chunk.get(0, entries, at, chunk.position());
                at += chunk.position();
            }
            return entries;
        }
    }

    /** The snapshot's files while they are written. */
    private static final class Sections implements AutoCloseable {
        private final Path dir;
        private final Map<String, SectionWriter> files = new LinkedHashMap<>();
        final SectionWriter index;
        final SectionWriter directory;
        final SectionWriter records;
        final SectionWriter offsets;
        final SectionWriter rows;
        final BufferedWriter rejected;
        private boolean closed;

        Sections(Path dir) throws IOException {
            this.dir = dir;
            index = open(SnapshotFormat.INDEX);
            directory = open(SnapshotFormat.DIRECTORY);
            records = open(SnapshotFormat.RECORDS);
            offsets = open(SnapshotFormat.OFFSETS);
            rows = open(SnapshotFormat.ROWS);
            rejected = Files.newBufferedWriter(dir.resolve(SnapshotFormat.REJECTED), StandardCharsets.UTF_8);
        }

        private SectionWriter open(String name) throws IOException {
            SectionWriter writer = new SectionWriter(dir.resolve(name));
            files.put(name, writer);
            return writer;
        }

        /** Closes every file and records its size and CRC in the manifest. */
        void finish(SnapshotManifest manifest) throws IOException {
            close();
            files.forEach((name, writer) -> {
                manifest.fileCrcs.put(name, writer.crc());
                manifest.fileSizes.put(name, writer.size());
            });
            Path rejectedFile = dir.resolve(SnapshotFormat.REJECTED);
            manifest.fileCrcs.put(SnapshotFormat.REJECTED, SnapshotFiles.crc(rejectedFile));
            manifest.fileSizes.put(SnapshotFormat.REJECTED, Files.size(rejectedFile));
            manifest.checksum = SnapshotManifest.combine(manifest.fileCrcs, manifest.fileSizes);
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            rejected.close();
            for (SectionWriter writer : files.values()) {
                writer.close();
            }
        }
    }
}

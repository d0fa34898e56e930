package dev.sbirenrich.reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sbirenrich.model.Recipient;
import dev.sbirenrich.model.Rejection;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An open snapshot, shared by every thread of a process (only absolute reads). The sections every
 * probe reads at random (index, directory, records) are read into direct memory when they fit in
 * half of what the JVM may still allocate there ({@link DirectMemory}): on a 2-core virtual
 * machine a probe into them took 0.9 µs there against 2.0 µs memory-mapped, with the same
 * accesses. Otherwise they are memory-mapped read-only, as the rows always are (only the few rows
 * that preselection keeps are read). Nothing of a snapshot lives on the heap.
 */
public final class ReferenceSnapshot {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path dir;
    private final SnapshotManifest manifest;
    private final String[] files;
    private final LongBuffer index;
    private final IntBuffer directory;
    private final IntBuffer records;
    private final IntBuffer offsets;
    private final ByteBuffer rows;
    /** The sections read into direct memory, by file name; empty when all are mapped. */
    private final Map<String, ByteBuffer> loaded = new HashMap<>();

    private ReferenceSnapshot(Path dir, SnapshotManifest manifest, boolean load) throws IOException {
        this.dir = dir;
        this.manifest = manifest;
        this.files = manifest.inputs.toArray(String[]::new);
        index = section(SnapshotFormat.INDEX, load).asLongBuffer();
        directory = section(SnapshotFormat.DIRECTORY, load).asIntBuffer();
        records = section(SnapshotFormat.RECORDS, load).asIntBuffer();
        offsets = map(SnapshotFormat.OFFSETS).asIntBuffer();
        rows = map(SnapshotFormat.ROWS);
    }

    /**
     * Opens the snapshot in {@code dir}. With {@code verify}, every file's CRC is checked against
     * the manifest and the manifest's checksum against {@code expectedChecksum}.
     */
    public static ReferenceSnapshot open(Path dir, long expectedChecksum, boolean verify) {
        return open(dir, expectedChecksum, verify, DirectMemory.available() / 2);
    }

    /** {@link #open}, loading the randomly read sections when together they take at most {@code loadUpTo} bytes. */
    static ReferenceSnapshot open(Path dir, long expectedChecksum, boolean verify, long loadUpTo) {
        SnapshotManifest manifest = readManifest(dir);
        if (manifest.formatVersion != SnapshotFormat.VERSION) {
            throw corrupt(dir, "format version " + manifest.formatVersion + ", this release reads "
                    + SnapshotFormat.VERSION);
        }
        if (manifest.checksum != expectedChecksum) {
            throw corrupt(dir, "its checksum " + Long.toHexString(manifest.checksum) + " is not the expected "
                    + Long.toHexString(expectedChecksum));
        }
        try {
            long loadable = 0;
            for (String file : SnapshotFormat.LOADABLE_FILES) {
                loadable += manifest.fileSizes.getOrDefault(file, 0L);
            }
            ReferenceSnapshot snapshot = new ReferenceSnapshot(dir, manifest, loadable <= loadUpTo);
            if (verify) {
                for (String file : SnapshotFormat.DATA_FILES) {
                    ByteBuffer section = snapshot.loaded.get(file);
                    long crc = section == null ? SnapshotFiles.crc(dir.resolve(file)) : SnapshotFiles.crc(section);
                    if (crc != manifest.fileCrcs.getOrDefault(file, -1L)) {
                        throw corrupt(dir, file + " does not match its checksum");
                    }
                }
            }
            return snapshot;
        } catch (IOException e) {
            throw corrupt(dir, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    static SnapshotManifest readManifest(Path dir) {
        Path file = dir.resolve(SnapshotFormat.MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new SnapshotException("reference snapshot " + dir.getFileName() + " is missing from " + dir.getParent()
                    + ": rebuild it with `sbir-enrich reference build` on the same recipients and --reference-store");
        }
        try {
            return JSON.readValue(file.toFile(), SnapshotManifest.class);
        } catch (IOException e) {
            throw corrupt(dir, "unreadable " + SnapshotFormat.MANIFEST);
        }
    }

    private static SnapshotException corrupt(Path dir, String why) {
        return new SnapshotException("reference snapshot " + dir.getFileName() + " in " + dir.getParent()
                + " is corrupt (" + why + "): delete that directory and rebuild it with `sbir-enrich reference build`"
                + " on the same recipients and --reference-store");
    }

    private ByteBuffer section(String file, boolean load) throws IOException {
        if (!load) {
            return map(file);
        }
        try (FileChannel channel = channel(file)) {
            ByteBuffer section = ByteBuffer.allocateDirect(Math.toIntExact(channel.size()));
            while (section.hasRemaining()) {
                if (channel.read(section) < 0) {
                    throw corrupt(dir, file + " ended early");
                }
            }
            loaded.put(file, section.flip());
            return section;
        }
    }

    private ByteBuffer map(String file) throws IOException {
        try (FileChannel channel = channel(file)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
    }

    /** Opens one of the snapshot's files, refusing it when its size is not the manifest's. */
    private FileChannel channel(String file) throws IOException {
        FileChannel channel = FileChannel.open(dir.resolve(file), StandardOpenOption.READ);
        long size = channel.size();
        if (size != manifest.fileSizes.getOrDefault(file, -1L)) {
            channel.close();
            throw corrupt(dir, file + " has " + size + " bytes, the manifest says " + manifest.fileSizes.get(file));
        }
        return channel;
    }

    /** The rows of the snapshot's input that could not be read. */
    public static List<Rejection> rejections(Path dir) throws IOException {
        List<Rejection> rejections = new ArrayList<>();
        try (var lines = Files.lines(dir.resolve(SnapshotFormat.REJECTED))) {
            for (String line : (Iterable<String>) lines::iterator) {
                rejections.add(JSON.readValue(line, Rejection.class));
            }
        }
        return rejections;
    }

    public SnapshotManifest manifest() {
        return manifest;
    }

    public Path dir() {
        return dir;
    }

    public int rows() {
        return (int) manifest.rows;
    }

    /** Bytes of the snapshot read into direct memory; 0 when it is all mapped. */
    public long loadedBytes() {
        return loaded.values().stream().mapToLong(ByteBuffer::capacity).sum();
    }

    /** The index positions of a key's entries, as {@code from << 32 | to}. */
    long range(long keyHash) {
        int slot = SnapshotFormat.directorySlot(keyHash, manifest.directoryBits);
        int hi = directory.get(slot + 1);
        long low = SnapshotFormat.remainder(keyHash) << SnapshotFormat.SLOT_BITS;
        int from = lowerBound(directory.get(slot), hi, low);
        // Postings are short but for the too-common ones: gallop to the end instead of bisecting the slot.
        long end = low | SnapshotFormat.SLOT_MASK;
        int lo = from;
        int bound = from;
        for (int step = 1; bound < hi && index.get(bound) <= end; step <<= 1) {
            lo = bound + 1;
            bound = from + step;
        }
        return (long) from << 32 | lowerBound(lo, Math.min(bound, hi), end + 1);
    }

    private int lowerBound(int lo, int hi, long value) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (index.get(mid) < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The record slot of an index entry. */
    int slotAt(int entry) {
        return SnapshotFormat.slot(index.get(entry));
    }

    /** Int {@code field} of the record in {@code slot}: 0 row id, 1 counts and state, 2 length and zip, 3 city, 4 street. */
    int record(int slot, int field) {
        return records.get(slot * SnapshotFormat.RECORD_ALIGNMENT + field);
    }

    /** Token {@code i} of the record in {@code slot}. */
    int token(int slot, int i) {
        return records.get(slot * SnapshotFormat.RECORD_ALIGNMENT + SnapshotFormat.RECORD_HEADER_INTS + i);
    }

    /** Row {@code row}, every field. */
    public Recipient recipient(int row) {
        return recipient(row, true);
    }

    /** Row {@code row}; without {@code full}, only the fields matching reads (see {@link RowCodec}). */
    Recipient recipient(int row, boolean full) {
        int from = offsets.get(row);
        byte[] stored = new byte[offsets.get(row + 1) - from];
        rows.get(from, stored);
        return RowCodec.decode(stored, files, full);
    }
}

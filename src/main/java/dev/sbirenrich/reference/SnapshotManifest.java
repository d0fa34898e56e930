package dev.sbirenrich.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code snapshot.json} records about a snapshot: its identity, contents and file checksums. */
public class SnapshotManifest {
    public String id;
    public int formatVersion;
    public String createdAt;
    /** The input files by name (the rows' {@code sourceFile}), in reading order. */
    public List<String> inputs;
    /** The SHA-256 of each input file (hex), in the order of {@code inputs}. */
    public List<String> inputSha256;
    public String inputFormat;
    public long inputBytes;
    public long rows;
    public long entries;
    /** The index directory has 2^directoryBits slots (see SnapshotFormat). */
    public int directoryBits;
    public long rejected;
    public long invalidUei;
    public long invalidDuns;
    public long buildMillis;
    /** CRC32C of each data file, by file name. */
    public Map<String, Long> fileCrcs = new LinkedHashMap<>();
    public Map<String, Long> fileSizes = new LinkedHashMap<>();
    /** One checksum over every data file's CRC and size, in {@link SnapshotFormat#DATA_FILES} order. */
    public long checksum;

    public SnapshotManifest() {}

    /** Bytes on disk of the snapshot's data files. */
    public long totalBytes() {
        return fileSizes.values().stream().mapToLong(Long::longValue).sum();
    }

    static long combine(Map<String, Long> crcs, Map<String, Long> sizes) {
        var crc = new java.util.zip.CRC32C();
        var bytes = java.nio.ByteBuffer.allocate(16);
        for (String file : SnapshotFormat.DATA_FILES) {
            bytes.clear();
            bytes.putLong(crcs.getOrDefault(file, -1L)).putLong(sizes.getOrDefault(file, -1L));
            crc.update(bytes.array());
        }
        return crc.getValue();
    }
}

package dev.sbirenrich.reference;

import java.util.List;

/**
 * The files of a snapshot and how their values are packed. A snapshot is a directory:
 * <ul>
 *   <li>{@code index.bin}: one {@code long} per (lookup key, row), sorted, grouped into
 *       {@link #BUCKET_BITS build buckets} by the top bits of the key's hash; each holds the next
 *       {@code 63 - ROW_BITS} hash bits above the row id ({@link #entry});</li>
 *   <li>{@code directory.bin}: {@code int[2^DIRECTORY_BITS + 1]}, where each top-bits slot of the
 *       key hash starts in the index;</li>
 *   <li>{@code names.bin}: four {@code int}s per row for preselection ({@link #NAME_INTS}):
 *       first token, token and generic-token counts with the state, name length with the zip5,
 *       city hash;</li>
 *   <li>{@code tokens.bin}: the rows' name token hashes ({@link KeyHash#token});</li>
 *   <li>{@code offsets.bin} and {@code rows.bin}: each row's stored recipient ({@link RowCodec});</li>
 *   <li>{@code snapshot.json}: the manifest ({@link SnapshotManifest}), written last.</li>
 * </ul>
 * All numbers are big-endian. A key's rows share 12 + 39 = 51 hash bits: at full scale (about
 * 8 million distinct keys) the chance that any two keys share a posting is about 1 in 70, and a
 * shared name posting only adds candidates that the cascade then scores on their real names;
 * identifier postings are checked against each row's identifier.
 */
final class SnapshotFormat {
    /** Bump when the layout or encoding changes; part of every snapshot id. */
    static final int VERSION = 1;
    static final int ROW_BITS = 24;
    static final int MAX_ROWS = (1 << ROW_BITS) - 1;
    static final int BUCKET_BITS = 12;
    static final int DIRECTORY_BITS = 20;
    static final int NAME_INTS = 4;
    static final int MAX_TOKENS = 255;
    static final int MAX_NAME_LENGTH = (1 << 15) - 1;

    static final String MANIFEST = "snapshot.json";
    static final String INDEX = "index.bin";
    static final String DIRECTORY = "directory.bin";
    static final String NAMES = "names.bin";
    static final String TOKENS = "tokens.bin";
    static final String OFFSETS = "offsets.bin";
    static final String ROWS = "rows.bin";
    static final String REJECTED = "rejected.jsonl";
    /** Every file the checksum covers, in checksum order. */
    static final List<String> DATA_FILES = List.of(INDEX, DIRECTORY, NAMES, TOKENS, OFFSETS, ROWS, REJECTED);

    private SnapshotFormat() {}

    static int bucket(long keyHash) {
        return (int) (keyHash >>> (64 - BUCKET_BITS));
    }

    /** The hash bits a key's entries keep below the bucket prefix, aligned above the row id. */
    static long remainder(long keyHash) {
        return (keyHash << BUCKET_BITS) >>> (1 + ROW_BITS);
    }

    static long entry(long keyHash, int row) {
        return (remainder(keyHash) << ROW_BITS) | row;
    }

    static int row(long entry) {
        return (int) (entry & MAX_ROWS);
    }

    static int directorySlot(long keyHash) {
        return (int) (keyHash >>> (64 - DIRECTORY_BITS));
    }

    /** Names: token count, generic count and state in one int. */
    static int countsAndState(int tokens, int generic, String state) {
        return Math.min(tokens, MAX_TOKENS) << 24 | Math.min(generic, MAX_TOKENS) << 16 | stateCode(state);
    }

    /** Names: name length and zip5 + 1 (0: none) in one int. */
    static int lengthAndZip(int nameLength, String zip5) {
        return Math.min(nameLength, MAX_NAME_LENGTH) << 17 | zipCode(zip5);
    }

    static int stateCode(String state) {
        return state == null || state.length() != 2 ? 0 : state.charAt(0) << 8 | state.charAt(1);
    }

    static int zipCode(String zip5) {
        return zip5 == null ? 0 : Integer.parseInt(zip5) + 1;
    }

    static int cityCode(String city) {
        return city == null ? 0 : KeyHash.token(city);
    }
}

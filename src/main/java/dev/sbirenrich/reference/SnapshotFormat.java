package dev.sbirenrich.reference;

import java.util.List;

/**
 * The files of a snapshot and how their values are packed. A snapshot is a directory:
 * <ul>
 *   <li>{@code index.bin}: one {@code long} per (lookup key, row), sorted, grouped into
 *       {@link #BUCKET_BITS build buckets} by the top bits of the key's hash; each holds the next
 *       {@code 63 - SLOT_BITS} hash bits above the slot of the row's record ({@link #entry});</li>
 *   <li>{@code directory.bin}: {@code int[2^directoryBits + 1]}, where each top-bits slot of the
 *       key hash starts in the index ({@link #directoryBits});</li>
 *   <li>{@code records.bin}: what preselection reads of each row, as {@code int}s, a record per
 *       row starting at an even int ({@link #RECORD_ALIGNMENT}): row id, token and generic-token
 *       counts with the state, name length with the zip5, city hash, street hash, then the name's token hashes.
 *       Records are ordered by name (the first letters of the sorted tokens, then the name), so
 *       the rows of a name block mostly sit together and a probe reads them sequentially;</li>
 *   <li>{@code offsets.bin} and {@code rows.bin}: each row's stored recipient ({@link RowCodec}),
 *       in reading order;</li>
 *   <li>{@code rejected.jsonl}: the input rows that could not be read;</li>
 *   <li>{@code snapshot.json}: the manifest ({@link SnapshotManifest}), written last.</li>
 * </ul>
 * All numbers are big-endian. A key's entries share 12 + 38 = 50 hash bits: at full scale (about
 * 10.2 million distinct keys) the chance that any two keys share a posting is about 1 in 22, and a
 * shared name posting only adds candidates that the cascade then scores on their real names;
 * identifier postings are checked against each row's identifier.
 */
final class SnapshotFormat {
    /** Bump when the layout or encoding changes; part of every snapshot id. */
    static final int VERSION = 6;
    static final int SLOT_BITS = 25;
    static final int SLOT_MASK = (1 << SLOT_BITS) - 1;
    static final int RECORD_ALIGNMENT = 2;
    static final int RECORD_HEADER_INTS = 5;
    static final int BUCKET_BITS = 12;
    private static final int MAX_DIRECTORY_BITS = 22;
    private static final int ENTRIES_PER_DIRECTORY_SLOT = 4;
    static final int MAX_TOKENS = 255;
    static final int MAX_NAME_LENGTH = (1 << 15) - 1;

    static final String MANIFEST = "snapshot.json";
    static final String INDEX = "index.bin";
    static final String DIRECTORY = "directory.bin";
    static final String RECORDS = "records.bin";
    static final String OFFSETS = "offsets.bin";
    static final String ROWS = "rows.bin";
    static final String REJECTED = "rejected.jsonl";
    /** The files every probe reads at random, read into memory when they fit ({@link ReferenceSnapshot}). */
    static final List<String> LOADABLE_FILES = List.of(INDEX, DIRECTORY, RECORDS);
    /** Every file the checksum covers, in checksum order. */
    static final List<String> DATA_FILES = List.of(INDEX, DIRECTORY, RECORDS, OFFSETS, ROWS, REJECTED);

    private SnapshotFormat() {}

    static int bucket(long keyHash) {
        return (int) (keyHash >>> (64 - BUCKET_BITS));
    }

    /** The hash bits a key's entries keep below the bucket prefix, aligned above the slot. */
    static long remainder(long keyHash) {
        return (keyHash << BUCKET_BITS) >>> (1 + SLOT_BITS);
    }

    /** An entry before its row has a record slot: the row id stands in the slot's place. */
    static long entry(long keyHash, int slotOrRow) {
        return (remainder(keyHash) << SLOT_BITS) | slotOrRow;
    }

    static int slot(long entry) {
        return (int) (entry & SLOT_MASK);
    }

    /**
     * Directory size for an index: about four entries a slot (a lookup reads one or two cache
     * lines), at least one slot per build bucket, at most 4 M slots (16 MiB).
     */
    static int directoryBits(long entries) {
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, entries / ENTRIES_PER_DIRECTORY_SLOT));
        return Math.max(BUCKET_BITS, Math.min(MAX_DIRECTORY_BITS, bits));
    }

    static int directorySlot(long keyHash, int directoryBits) {
        return (int) (keyHash >>> (64 - directoryBits));
    }

    /** Record: token count, generic count and state in one int. */
    static int countsAndState(int tokens, int generic, String state) {
        return Math.min(tokens, MAX_TOKENS) << 24 | Math.min(generic, MAX_TOKENS) << 16 | stateCode(state);
    }

    /** Record: name length and zip5 + 1 (0: none) in one int. */
    static int lengthAndZip(int nameLength, String zip5) {
        return Math.min(nameLength, MAX_NAME_LENGTH) << 17 | zipCode(zip5);
    }

    static int stateCode(String state) {
        return state == null || state.length() != 2 ? 0 : state.charAt(0) << 8 | state.charAt(1);
    }

    static int zipCode(String zip5) {
        return zip5 == null ? 0 : Integer.parseInt(zip5) + 1;
    }

    /** A city or street line as its token hash; 0 when missing. */
    static int placeCode(String text) {
        return text == null ? 0 : KeyHash.token(text);
    }

    /**
     * Where a name sorts among the records: its full key's first five characters (eight bits
     * each, so the order is alphabetical), leaving 24 bits for the row id.
     */
    static long namePrefix(String fullKey) {
        long prefix = 0;
        int start = fullKey == null ? 0 : fullKey.indexOf('|') + 1;
        for (int i = 0; i < 5; i++) {
            int at = start + i;
            char c = fullKey != null && at < fullKey.length() ? fullKey.charAt(at) : 0;
            prefix = prefix << 8 | Math.min(c, 0x7F);
        }
        return prefix;
    }
}

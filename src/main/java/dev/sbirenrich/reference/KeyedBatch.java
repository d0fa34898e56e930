package dev.sbirenrich.reference;

import dev.sbirenrich.matching.GenericWords;
import dev.sbirenrich.matching.Identifiers;
import dev.sbirenrich.matching.LookupKeys;
import dev.sbirenrich.matching.NameBlocker;
import dev.sbirenrich.matching.RecipientKeyer;
import dev.sbirenrich.model.IdentifierStatus;
import dev.sbirenrich.model.Recipient;
import dev.sbirenrich.model.Rejection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A batch of raw recipient rows normalized, keyed and encoded by one build worker. Rows are
 * numbered within the batch; the builder adds the batch's first row id when it appends the batch
 * in reading order, so a snapshot's content never depends on thread timing.
 */
final class KeyedBatch {
    final List<Rejection> rejected = new ArrayList<>();
    final RowCodec.Bytes rows = new RowCodec.Bytes(1 << 16);
    int[] rowEnds;
    /** Each row's record without its row id, which the builder writes: see SnapshotFormat. */
    int[] records = new int[1 << 14];
    int[] recordEnds;
    int recordInts;
    long[] namePrefixes;
    long[] nameHashes;
    long[] keyHashes = new long[1024];
    int[] keyRows = new int[1024];
    int keyCount;
    int rowCount;
    long invalidUei;
    long invalidDuns;

    static KeyedBatch of(List<Recipient> raws, int fileIndex) {
        KeyedBatch batch = new KeyedBatch();
        int n = raws.size();
        batch.rowEnds = new int[n];
        batch.recordEnds = new int[n];
        batch.namePrefixes = new long[n];
        batch.nameHashes = new long[n];
        for (Recipient raw : raws) {
            batch.add(raw, fileIndex);
        }
        batch.records = Arrays.copyOf(batch.records, batch.recordInts);
        return batch;
    }

    private void add(Recipient raw, int fileIndex) {
        if (raw.rejection != null) {
            rejected.add(raw.rejection);
            return;
        }
        Recipient r = RecipientKeyer.normalize(raw);
        invalidUei += Identifiers.status(raw.uei, r.uei) == IdentifierStatus.INVALID ? 1 : 0;
        invalidDuns += Identifiers.status(raw.duns, r.duns) == IdentifierStatus.INVALID ? 1 : 0;
        int row = rowCount++;
        String[] tokens = RecipientKeyer.tokens(r);
        String fullKey = null;
        long fullKeyHash = 0;
        for (String key : RecipientKeyer.indexKeysFor(r, tokens)) {
            long hash = KeyHash.of(key);
            addKey(hash, row);
            if (fullKey == null && LookupKeys.isNameKey(key)) {
                fullKey = key;
                fullKeyHash = hash;
            }
        }
        for (String key : NameBlocker.halfKeys(tokens)) {
            addKey(KeyHash.of(key), row);
        }
        String name = r.nameTokens == null ? "" : r.nameTokens;
        namePrefixes[row] = SnapshotFormat.namePrefix(fullKey);
        nameHashes[row] = fullKeyHash;
        int generic = 0;
        for (String token : tokens) {
            generic += GenericWords.isGeneric(token) ? 1 : 0;
        }
        int count = Math.min(tokens.length, SnapshotFormat.MAX_TOKENS);
        ensureRecordInts(SnapshotFormat.RECORD_HEADER_INTS - 1 + count);
        records[recordInts++] = SnapshotFormat.countsAndState(tokens.length, generic, r.state);
        records[recordInts++] = SnapshotFormat.lengthAndZip(name.length(), r.zip5);
        records[recordInts++] = SnapshotFormat.placeCode(r.city);
        records[recordInts++] = SnapshotFormat.placeCode(r.street);
        for (int t = 0; t < count; t++) {
            records[recordInts++] = KeyHash.token(tokens[t]);
        }
        recordEnds[row] = recordInts;
        RowCodec.encode(r, fileIndex, rows);
        rowEnds[row] = rows.size;
    }

    private void addKey(long hash, int row) {
        if (keyCount == keyHashes.length) {
            keyHashes = Arrays.copyOf(keyHashes, keyCount * 2);
            keyRows = Arrays.copyOf(keyRows, keyCount * 2);
        }
        keyHashes[keyCount] = hash;
        keyRows[keyCount++] = row;
    }

    private void ensureRecordInts(int more) {
        if (recordInts + more > records.length) {
            records = Arrays.copyOf(records, Math.max(records.length * 2, recordInts + more));
        }
    }
}

package dev.sbirenrich.reference;

import dev.sbirenrich.matching.GenericWords;
import dev.sbirenrich.matching.Identifiers;
import dev.sbirenrich.matching.RecipientKeyer;
import dev.sbirenrich.model.IdentifierStatus;
import dev.sbirenrich.model.Recipient;
import dev.sbirenrich.model.Rejection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A batch of raw recipient rows normalised, keyed and encoded by one build worker. Rows are
 * numbered within the batch; the builder adds the batch's first row id when it appends the batch
 * in reading order, so a snapshot's content never depends on thread timing.
 */
final class KeyedBatch {
    final List<Rejection> rejected = new ArrayList<>();
    final RowCodec.Bytes rows = new RowCodec.Bytes(1 << 16);
    int[] rowEnds;
    int[] names;
    int[] tokens = new int[1024];
    int tokenCount;
    long[] keyHashes = new long[1024];
    int[] keyRows = new int[1024];
    int keyCount;
    int rowCount;
    long invalidUei;
    long invalidDuns;

    static KeyedBatch of(List<Recipient> raws, int[] fileIndexes) {
        KeyedBatch batch = new KeyedBatch();
        batch.rowEnds = new int[raws.size()];
        batch.names = new int[raws.size() * SnapshotFormat.NAME_INTS];
        for (int i = 0; i < raws.size(); i++) {
            batch.add(raws.get(i), fileIndexes[i]);
        }
        return batch;
    }

    private void add(Recipient raw, int fileIndex) {
        if (raw.rejection != null) {
            rejected.add(raw.rejection);
            return;
        }
        invalidUei += Identifiers.ueiStatus(raw.uei) == IdentifierStatus.INVALID ? 1 : 0;
        invalidDuns += Identifiers.dunsStatus(raw.duns) == IdentifierStatus.INVALID ? 1 : 0;
        Recipient r = RecipientKeyer.normalise(raw);
        int row = rowCount++;
        for (String key : RecipientKeyer.indexKeysFor(r)) {
            addKey(KeyHash.of(key), row);
        }
        int firstToken = tokenCount;
        int generic = 0;
        String name = r.nameTokens == null ? "" : r.nameTokens;
        for (int start = 0; start < name.length(); ) {
            int end = name.indexOf(' ', start);
            end = end < 0 ? name.length() : end;
            String token = name.substring(start, end);
            generic += GenericWords.isGeneric(token) ? 1 : 0;
            addToken(KeyHash.token(token));
            start = end + 1;
        }
        int at = row * SnapshotFormat.NAME_INTS;
        names[at] = firstToken;
        names[at + 1] = SnapshotFormat.countsAndState(tokenCount - firstToken, generic, r.state);
        names[at + 2] = SnapshotFormat.lengthAndZip(name.length(), r.zip5);
        names[at + 3] = SnapshotFormat.cityCode(r.city);
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

    private void addToken(int hash) {
        if (tokenCount == tokens.length) {
            tokens = Arrays.copyOf(tokens, tokenCount * 2);
        }
        tokens[tokenCount++] = hash;
    }
}

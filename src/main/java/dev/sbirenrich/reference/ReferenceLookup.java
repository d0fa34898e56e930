package dev.sbirenrich.reference;

import dev.sbirenrich.matching.GenericWords;
import dev.sbirenrich.matching.Identifiers;
import dev.sbirenrich.matching.LookupKeys;
import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.matching.NameBlocker;
import dev.sbirenrich.matching.NameNormalizer;
import dev.sbirenrich.matching.RecipientOrder;
import dev.sbirenrich.model.AwardKeys;
import dev.sbirenrich.model.Candidate;
import dev.sbirenrich.model.MatchResult;
import dev.sbirenrich.model.ProbeAnswer;
import dev.sbirenrich.model.Recipient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers an award's probes from a snapshot; one instance per thread (it keeps scratch arrays). A key's posting size comes from the index at once, so
 * a key holding more recipients than its cap is "too common" without reading it. Identifier keys
 * return every row whose identifier is the key's. Name keys are narrowed by preselection, a test
 * cheap enough for every entry of a block and made of numbers only: the weighted share of the
 * award's tokens that a row holds, over token hashes (generic words weigh {@code genericWordWeight}), ties broken by agreement with
 * the award's place (zip5 4, city 2, state 1), then closeness of name length, then the lower row.
 * Only the {@code candidatesPerKey} survivors are read as recipients, for the cascade to score.
 */
public final class ReferenceLookup {
    private static final Recipient[] NONE = new Recipient[0];

    private final ReferenceSnapshot snapshot;
    private final MatchingSettings settings;
    private static final int ROW = 0;
    private static final int COUNTS_AND_STATE = 1;
    private static final int LENGTH_AND_ZIP = 2;
    private static final int CITY = 3;
    private static final int STREET = 4;

    /** The rows read for the award being answered (its probes often keep the same rows), by row id. */
    private final Map<Integer, Recipient> read = new HashMap<>();
    /** The row ids of those rows, to read the rest of the few that the result names. */
    private final Map<Recipient, Integer> rowIds = new IdentityHashMap<>();
    /** The award being answered: its side of preselection, for its probes and then its half keys. */
    private Award award;
    private int[] slots = new int[64];
    private double[] overlaps = new double[64];

    public ReferenceLookup(ReferenceSnapshot snapshot, MatchingSettings settings) {
        this.snapshot = snapshot;
        this.settings = settings;
    }

    /** One answer per probe key of {@code keys}, in probe order. */
    public List<ProbeAnswer> answers(String awardId, AwardKeys keys) {
        return answers(awardId, keys, true);
    }

    /**
     * {@link #answers}, but a name key's answer has its posting size and no rows: enough for the
     * cascade to accept an identifier match whose recipient is named like the award (the sizes
     * weigh the name's words), without preselecting the name blocks. Most awards end there.
     */
    public List<ProbeAnswer> identifierAnswers(String awardId, AwardKeys keys) {
        return answers(awardId, keys, false);
    }

    private List<ProbeAnswer> answers(String awardId, AwardKeys keys, boolean nameRows) {
        // The same award asked again (its name's rows after its identifiers): its side of preselection
        // and the answers that were already whole are kept.
        if (award == null || award.keys != keys || !award.id.equals(awardId)) {
            award = new Award(awardId, NameNormalizer.splitNormalized(keys.nameTokens), keys,
                    settings.genericWordWeight);
            read.clear();
            rowIds.clear();
        }
        List<ProbeAnswer> answers = new ArrayList<>(keys.probeKeys.length);
        for (int i = 0; i < keys.probeKeys.length; i++) {
            if (award.answered[i] == null || nameRows && !award.whole[i]) {
                String key = keys.probeKeys[i];
                boolean identifier = LookupKeys.isIdentifierKey(key);
                boolean own = !identifier && award.ownNameKeys.contains(key);
                ProbeAnswer answer = answer(key, own ? settings.maxSameNamePosting : settings.maxPostingSize,
                        identifier || nameRows);
                award.answered[i] = answer;
                // A too-common key has no rows to read either way.
                award.whole[i] = identifier || nameRows || answer.tooCommon;
            }
            answers.add(award.answered[i]);
        }
        return answers;
    }

    /**
     * Answers to the award's typo keys, for an award whose name found no recipient through its own
     * keys: a typo in its rarest word leaves it only keys too common to answer, and one in a common
     * word makes its keys no one's. Its half keys ({@link NameBlocker#halfProbes}) are capped at
     * {@code maxTypoPosting}, the keys of its name respelled ({@link NameBlocker#respelledKeys})
     * like its own name keys. Call after {@link #answers} for the same award: its side of
     * preselection and the rows read then are kept.
     */
    public List<ProbeAnswer> typoAnswers(String awardId) {
        if (award == null || !award.id.equals(awardId)) {
            throw new IllegalStateException("typo keys of " + awardId + " asked before its answers");
        }
        List<String> halves = NameBlocker.halfProbes(award.names);
        List<String> respelled = NameBlocker.respelledKeys(award.names);
        List<ProbeAnswer> answers = new ArrayList<>(halves.size() + respelled.size());
        for (String key : halves) {
            answers.add(answer(key, settings.maxTypoPosting, true));
        }
        for (String key : respelled) {
            answers.add(answer(key, settings.maxSameNamePosting, true));
        }
        return answers;
    }

    /**
     * The preferred row ({@link RecipientOrder}) whose UEI is {@code uei} (normalized), every field,
     * or null when the snapshot has none: what a reviewer's accepted UEI attaches.
     */
    public Recipient byUei(String uei) {
        return preferred(LookupKeys.uei(uei));
    }

    /** As {@link #byUei}, for a normalized DUNS: what a reviewer's accept of a recipient without a UEI attaches. */
    public Recipient byDuns(String duns) {
        return preferred(LookupKeys.duns(duns));
    }

    /** The preferred row filed under the identifier key {@code key}, every field, or null. */
    private Recipient preferred(String key) {
        long range = snapshot.range(KeyHash.of(key));
        Recipient[] rows = identified(key, (int) (range >>> 32), (int) range);
        return rows.length == 0 ? null : completed(rows[0]);
    }

    private ProbeAnswer answer(String key, int cap, boolean rows) {
        long range = snapshot.range(KeyHash.of(key));
        int from = (int) (range >>> 32);
        int to = (int) range;
        int size = to - from;
        boolean identifier = LookupKeys.isIdentifierKey(key);
        if (size > cap) {
            return new ProbeAnswer(award.id, key, NONE, cap + 1, true);
        }
        Recipient[] recipients = !rows ? NONE : identifier ? identified(key, from, to) : preselect(from, to);
        return new ProbeAnswer(award.id, key, recipients, identifier ? recipients.length : size, false);
    }

    /** The rows filed under an identifier key whose identifier is the key's (hashes can collide). */
    private Recipient[] identified(String key, int from, int to) {
        List<Recipient> rows = new ArrayList<>(to - from);
        boolean uei = key.startsWith(LookupKeys.UEI_PREFIX);
        String id = key.substring(LookupKeys.UEI_PREFIX.length());
        for (int i = from; i < to; i++) {
            Recipient r = recipient(snapshot.record(snapshot.slotAt(i), ROW));
            if (id.equals(uei ? r.uei : r.duns)) {
                rows.add(r);
            }
        }
        rows.sort(RecipientOrder.PREFERRED);
        return rows.toArray(NONE);
    }

    private Recipient[] preselect(int from, int to) {
        int keep = settings.candidatesPerKey;
        if (keep == 0 || from == to) {
            return NONE;
        }
        Kept kept = new Kept(keep);
        int n = to - from;
        int[] slots = scratchSlots(n);
        double[] overlaps = scratchOverlaps(n);
        // Slots first, then overlaps: the iterations of each loop are independent, so the CPU
        // overlaps their cache misses instead of waiting for each record in turn.
        for (int i = 0; i < n; i++) {
            slots[i] = snapshot.slotAt(from + i);
        }
        for (int i = 0; i < n; i++) {
            overlaps[i] = award.overlap(snapshot, slots[i]);
        }
        for (int i = 0; i < n; i++) {
            double overlap = overlaps[i];
            if (kept.full() && overlap < kept.worstOverlap()) {
                continue;
            }
            int slot = slots[i];
            int lengthAndZip = snapshot.record(slot, LENGTH_AND_ZIP);
            int place = award.placeAgreement(snapshot.record(slot, COUNTS_AND_STATE) & 0xFFFF,
                    lengthAndZip & 0x1FFFF, snapshot.record(slot, CITY), snapshot.record(slot, STREET));
            int gap = Math.abs((lengthAndZip >>> 17) - award.length);
            kept.offer(overlap, place, gap, snapshot.record(slot, ROW));
        }
        Recipient[] recipients = new Recipient[kept.size];
        for (int i = 0; i < kept.size; i++) {
            recipients[i] = recipient(kept.rows[i]);
        }
        java.util.Arrays.sort(recipients, RecipientOrder.PREFERRED);
        return recipients;
    }

    private Recipient recipient(int row) {
        Recipient recipient = read.get(row);
        if (recipient == null) {
            recipient = snapshot.recipient(row, false);
            read.put(row, recipient);
            rowIds.put(recipient, row);
        }
        return recipient;
    }

    /**
     * Fills in the fields only the output shows (legal and parent names, address, country) for
     * the recipients {@code match} names; call after deciding the last award answered.
     */
    public void complete(MatchResult match) {
        match.recipient = completed(match.recipient);
        if (match.candidates != null) {
            for (Candidate candidate : match.candidates) {
                candidate.recipient = completed(candidate.recipient);
            }
        }
    }

    private Recipient completed(Recipient partial) {
        Integer row = partial == null ? null : rowIds.get(partial);
        return row == null ? partial : snapshot.recipient(row, true);
    }

    private int[] scratchSlots(int n) {
        if (slots.length < n) {
            slots = new int[Math.max(n, slots.length * 2)];
        }
        return slots;
    }

    private double[] scratchOverlaps(int n) {
        if (overlaps.length < n) {
            overlaps = new double[Math.max(n, overlaps.length * 2)];
        }
        return overlaps;
    }

    /** The award's side of preselection, computed once for all its probes. */
    private static final class Award {
        final String id;
        final AwardKeys keys;
        final String[] names;
        final int[] tokens;
        final double[] weights;
        final double weight;
        final int length;
        final int state;
        final int zip;
        final int city;
        final int street;
        final List<String> ownNameKeys;
        /** The answer to each probe key so far, and whether it is whole (its rows read, or none to read). */
        final ProbeAnswer[] answered;
        final boolean[] whole;

        Award(String id, String[] nameTokens, AwardKeys keys, double genericWeight) {
            this.id = id;
            this.keys = keys;
            answered = new ProbeAnswer[keys.probeKeys.length];
            whole = new boolean[keys.probeKeys.length];
            names = nameTokens;
            ownNameKeys = NameBlocker.ownNameKeys(nameTokens);
            tokens = new int[nameTokens.length];
            weights = new double[nameTokens.length];
            double total = 0;
            for (int i = 0; i < nameTokens.length; i++) {
                tokens[i] = KeyHash.token(nameTokens[i]);
                weights[i] = GenericWords.isGeneric(nameTokens[i]) ? genericWeight : 1.0;
                total += weights[i];
            }
            weight = total;
            length = keys.nameTokens == null ? 0 : keys.nameTokens.length();
            state = SnapshotFormat.stateCode(keys.state);
            zip = SnapshotFormat.zipCode(keys.zip5);
            city = SnapshotFormat.placeCode(keys.city);
            street = SnapshotFormat.placeCode(keys.street);
        }

        /**
         * The weighted share of the award's name tokens that the row holds. A row's other words do
         * not count against it: with a typo in one of the award's words, the true company and every
         * namesake that shares the other words tie, and place and name length order them. Jaccard
         * would rank namesakes whose extra words are generic above the true company.
         */
        double overlap(ReferenceSnapshot snapshot, int slot) {
            int count = snapshot.record(slot, COUNTS_AND_STATE) >>> 24;
            double shared = 0;
            for (int t = 0; t < count; t++) {
                int token = snapshot.token(slot, t);
                for (int a = 0; a < tokens.length; a++) {
                    if (tokens[a] == token) {
                        shared += weights[a];
                        break;
                    }
                }
            }
            return weight == 0 ? 0 : shared / weight;
        }

        /**
         * The street line (8) outweighs the rest together, zip5 (4) city and state together, city (2)
         * state (1); missing never agrees.
         */
        int placeAgreement(int rowState, int rowZip, int rowCity, int rowStreet) {
            return (street != 0 && street == rowStreet ? 8 : 0) + (zip != 0 && zip == rowZip ? 4 : 0)
                    + (city != 0 && city == rowCity ? 2 : 0) + (state != 0 && state == rowState ? 1 : 0);
        }
    }

    /** The best {@code capacity} entries so far, with the worst one known. */
    private static final class Kept {
        final double[] overlaps;
        final int[] places;
        final int[] gaps;
        final int[] rows;
        int size;
        int worst;

        Kept(int capacity) {
            overlaps = new double[capacity];
            places = new int[capacity];
            gaps = new int[capacity];
            rows = new int[capacity];
        }

        boolean full() {
            return size == rows.length;
        }

        double worstOverlap() {
            return overlaps[worst];
        }

        void offer(double overlap, int place, int gap, int row) {
            if (!full()) {
                set(size++, overlap, place, gap, row);
            } else if (better(overlap, place, gap, row, worst)) {
                set(worst, overlap, place, gap, row);
            } else {
                return;
            }
            if (full()) {
                worst = 0;
                for (int i = 1; i < size; i++) {
                    if (better(overlaps[worst], places[worst], gaps[worst], rows[worst], i)) {
                        worst = i;
                    }
                }
            }
        }

        private boolean better(double overlap, int place, int gap, int row, int than) {
            if (overlap != overlaps[than]) {
                return overlap > overlaps[than];
            }
            if (place != places[than]) {
                return place > places[than];
            }
            if (gap != gaps[than]) {
                return gap < gaps[than];
            }
            return row < rows[than];
        }

        private void set(int at, double overlap, int place, int gap, int row) {
            overlaps[at] = overlap;
            places[at] = place;
            gaps[at] = gap;
            rows[at] = row;
        }
    }
}

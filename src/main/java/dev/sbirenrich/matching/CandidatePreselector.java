package dev.sbirenrich.matching;

import dev.sbirenrich.model.Recipient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Narrows the recipients filed under one name block to the few worth scoring, with a test cheap
 * enough to run on every entry of a block: weighted exact-token overlap (generic words weigh
 * less), ties broken by agreement with the award's place (a common name is held by many companies,
 * and the block keeps only a few of them: the one at the award's zip must survive), then by
 * closeness of name length, then by entry id. Only the survivors are
 * materialised and sent on to {@link MatchCascade}, which scores them properly.
 */
public final class CandidatePreselector {
    private CandidatePreselector() {}

    /** What a posting held: its size (counted up to cap + 1) and the entries kept. */
    public record Selection(int postingSize, boolean tooCommon, List<Recipient> kept) {}

    /**
     * @param cap a posting with more entries than this is too common: nothing is kept
     * @param keep how many entries to keep; identifier keys pass {@code cap} to keep them all
     */
    public static Selection select(String[] awardTokens, Place awardPlace, Iterable<? extends PostingEntry> posting,
            int cap, int keep, double genericWeight) {
        Set<String> award = new HashSet<>(List.of(awardTokens));
        double awardWeight = weight(awardTokens, genericWeight);
        int awardLength = String.join(" ", awardTokens).length();
        Comparator<Ranked> worstFirst = Comparator.comparingDouble(Ranked::overlap)
                .thenComparingInt(Ranked::placeAgreement)
                .thenComparing(Comparator.comparingInt(Ranked::lengthGap).reversed())
                .thenComparing(Comparator.comparing((Ranked r) -> r.entry.entryId()).reversed());
        PriorityQueue<Ranked> best = new PriorityQueue<>(worstFirst);
        int size = 0;
        for (PostingEntry entry : posting) {
            if (++size > cap) {
                return new Selection(cap + 1, true, List.of());
            }
            String name = entry.nameTokens();
            double overlap = overlap(name, award, awardWeight, genericWeight);
            // Most entries of a large block lose on overlap alone: skip them before reading their
            // place, which a stored entry parses from its key, and before the queue's comparisons.
            if (best.size() == keep && (keep == 0 || overlap < best.peek().overlap())) {
                continue;
            }
            best.add(new Ranked(entry, overlap, awardPlace.agreement(entry.place()),
                    Math.abs(name.length() - awardLength)));
            if (best.size() > keep) {
                best.poll();
            }
        }
        List<Recipient> kept = new ArrayList<>(best.size());
        for (Ranked ranked : best) {
            kept.add(ranked.entry.recipient());
        }
        kept.sort(RecipientOrder.PREFERRED);
        return new Selection(size, false, kept);
    }

    /** Weighted Jaccard overlap of the entry's name tokens with the award's. */
    private static double overlap(String name, Set<String> award, double awardWeight, double genericWeight) {
        double shared = 0;
        double own = 0;
        int start = 0;
        while (start < name.length()) {
            int end = name.indexOf(' ', start);
            if (end < 0) {
                end = name.length();
            }
            String token = name.substring(start, end);
            double w = GenericWords.isGeneric(token) ? genericWeight : 1.0;
            own += w;
            if (award.contains(token)) {
                shared += w;
            }
            start = end + 1;
        }
        double union = awardWeight + own - shared;
        return union == 0 ? 0 : shared / union;
    }

    private static double weight(String[] tokens, double genericWeight) {
        double total = 0;
        for (String token : tokens) {
            total += GenericWords.isGeneric(token) ? genericWeight : 1.0;
        }
        return total;
    }

    private record Ranked(PostingEntry entry, double overlap, int placeAgreement, int lengthGap) {}
}

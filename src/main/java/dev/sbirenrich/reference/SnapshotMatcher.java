package dev.sbirenrich.reference;

import dev.sbirenrich.matching.MatchCascade;
import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.model.AwardKeys;
import dev.sbirenrich.model.MatchResult;
import dev.sbirenrich.model.ProbeAnswer;
import dev.sbirenrich.model.Recipient;
import java.util.ArrayList;
import java.util.List;

/**
 * One award's match against a snapshot, read in the order that costs least: an identifier whose
 * recipient is named like the award decides without the name's blocks; otherwise the blocks are
 * read and the cascade decides; an award still undecided also reads its typo keys, since a typo
 * may have left its name only common keys, or keys that are no one's. One instance per thread,
 * like its {@link ReferenceLookup}.
 */
public final class SnapshotMatcher {
    /** The decision, its recipients complete, and the probe answers it was made from. */
    public record Matched(MatchResult result, List<ProbeAnswer> answers) {}

    private final ReferenceLookup lookup;
    private final MatchCascade cascade;

    public SnapshotMatcher(ReferenceSnapshot snapshot, MatchingSettings settings) {
        this.lookup = new ReferenceLookup(snapshot, settings);
        this.cascade = new MatchCascade(settings);
    }

    public Matched match(String awardId, AwardKeys keys) {
        List<ProbeAnswer> answers = lookup.identifierAnswers(awardId, keys);
        MatchResult match = cascade.identifiedAlike(keys, answers);
        if (match == null) {
            answers = lookup.answers(awardId, keys);
            match = cascade.decide(keys, answers);
            if (!match.method.matched()) {
                List<ProbeAnswer> typo = lookup.typoAnswers(awardId);
                if (!typo.isEmpty()) {
                    List<ProbeAnswer> all = new ArrayList<>(answers);
                    all.addAll(typo);
                    match = cascade.decide(keys, all);
                }
            }
        }
        lookup.complete(match);
        return new Matched(match, answers);
    }

    /** See {@link ReferenceLookup#byUei}. */
    public Recipient byUei(String uei) {
        return lookup.byUei(uei);
    }

    /** See {@link ReferenceLookup#byDuns}. */
    public Recipient byDuns(String duns) {
        return lookup.byDuns(duns);
    }
}

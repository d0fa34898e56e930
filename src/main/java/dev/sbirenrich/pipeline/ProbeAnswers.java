package dev.sbirenrich.pipeline;

import dev.sbirenrich.matching.CandidatePreselector;
import dev.sbirenrich.matching.LookupKeys;
import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.matching.NameBlocker;
import dev.sbirenrich.matching.Place;
import dev.sbirenrich.matching.PostingEntry;
import dev.sbirenrich.model.ProbeAnswer;
import dev.sbirenrich.model.Recipient;

/**
 * Turns the recipients filed under one lookup key into the answer to a probe. Both state layouts
 * answer through here, so they give identical output whatever order their state iterates in.
 */
final class ProbeAnswers {
    private static final Recipient[] NONE = new Recipient[0];
    private static final String[] NO_TOKENS = new String[0];

    private ProbeAnswers() {}

    /**
     * A key holding more than {@link #cap} recipients is too common to identify anyone (a generic
     * name block, or a placeholder identifier such as 000000000): it is answered with its size
     * only. Identifier keys return every row (duplicates are resolved downstream); name blocks
     * return only the entries the preselector keeps, so answers stay small on the wire.
     */
    static ProbeAnswer answer(String awardId, String key, String awardNameTokens, Place awardPlace, int cap,
            Iterable<? extends PostingEntry> posting, MatchingSettings settings) {
        boolean identifier = LookupKeys.isIdentifierKey(key);
        var selection = CandidatePreselector.select(tokens(awardNameTokens), awardPlace, posting, cap,
                identifier ? cap : settings.candidatesPerKey, settings.genericWordWeight);
        return new ProbeAnswer(awardId, key, selection.kept().toArray(NONE), selection.postingSize(),
                selection.tooCommon());
    }

    /**
     * {@code maxPostingSize}, or the larger {@code maxSameNamePosting} when the key is the award's
     * own full or skeleton name key (its entries all bear the award's name; place ranks them).
     */
    static int cap(String key, String awardNameTokens, MatchingSettings settings) {
        return LookupKeys.isNameKey(key) && NameBlocker.isOwnNameKey(key, tokens(awardNameTokens))
                ? settings.maxSameNamePosting : settings.maxPostingSize;
    }

    static ProbeAnswer tooCommon(String awardId, String key, int cap) {
        return new ProbeAnswer(awardId, key, NONE, cap + 1, true);
    }

    private static String[] tokens(String awardNameTokens) {
        return awardNameTokens == null || awardNameTokens.isEmpty() ? NO_TOKENS : awardNameTokens.split(" ");
    }
}

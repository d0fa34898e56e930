package dev.sbirenrich.pipeline;

import dev.sbirenrich.matching.RecipientOrder;
import dev.sbirenrich.model.ProbeAnswer;
import dev.sbirenrich.model.Recipient;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the recipients filed under one lookup key into the answer to a probe. Both state layouts
 * answer through here, so they give identical output whatever order their state iterates in.
 */
final class ProbeAnswers {
    private static final Recipient[] NONE = new Recipient[0];

    private ProbeAnswers() {}

    /**
     * A key holding more than {@code cap} recipients is too common to identify anyone (a generic
     * name block, or a placeholder identifier such as 000000000): it is answered with its size only,
     * and reading stops at cap + 1 so a huge posting costs no more than a small one.
     */
    static ProbeAnswer answer(String awardId, String key, Iterable<Recipient> posting, int cap) {
        List<Recipient> found = new ArrayList<>();
        for (Recipient recipient : posting) {
            if (found.size() == cap) {
                return new ProbeAnswer(awardId, key, NONE, cap + 1, true);
            }
            found.add(recipient);
        }
        found.sort(RecipientOrder.PREFERRED);
        return new ProbeAnswer(awardId, key, found.toArray(NONE), found.size(), false);
    }
}

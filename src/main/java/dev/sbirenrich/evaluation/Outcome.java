package dev.sbirenrich.evaluation;

import java.util.List;

/**
 * What a matcher (ours or the legacy one) decided for one award.
 *
 * @param method the matcher's method label
 * @param accepted whether a recipient is attached (an accepted match)
 * @param recipient the attached recipient, null unless accepted
 * @param candidates recipients offered for review, best first
 * @param shadowed the candidates that another candidate with the same name scores at least as
 *     high as: companies that nothing the award says prefers to a namesake (none when accepted)
 * @param namesakeAhead the best candidate is another company with the true company's name, which
 *     is listed lower or not at all ({@link NamesakesAhead}): the award's place, not its name,
 *     ranked them, and it was not the true company's
 */
public record Outcome(String method, boolean accepted, AttachedRecipient recipient, List<AttachedRecipient> candidates,
        List<AttachedRecipient> shadowed, boolean namesakeAhead) {
    public Outcome(String method, boolean accepted, AttachedRecipient recipient, List<AttachedRecipient> candidates) {
        this(method, accepted, recipient, candidates, List.of(), false);
    }

    Outcome withNamesakeAhead() {
        return new Outcome(method, accepted, recipient, candidates, shadowed, true);
    }
}

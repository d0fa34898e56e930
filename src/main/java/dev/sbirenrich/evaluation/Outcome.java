package dev.sbirenrich.evaluation;

import java.util.List;

/**
 * What a matcher (ours or the legacy one) decided for one award.
 *
 * @param method the matcher's method label
 * @param accepted whether a recipient is attached (an accepted match)
 * @param recipient the attached recipient, null unless accepted
 * @param candidates recipients offered for review, best first
 */
public record Outcome(String method, boolean accepted, AttachedRecipient recipient, List<AttachedRecipient> candidates) {}

package dev.sbirenrich.matching.legacy;

import dev.sbirenrich.model.Recipient;
import java.util.List;

/**
 * The original's verdict for one award.
 *
 * @param method uei-exact, duns-exact, name-fuzzy-auto, name-fuzzy-candidate, name-fuzzy-low or unmatched
 * @param score 100 for identifier matches, else the best token_set_ratio (0..100)
 * @param recipient the attached recipient; null for candidates, low scores and unmatched
 * @param candidates fuzzy candidates scoring at least 75, best first
 */
public record LegacyMatch(String method, double score, Recipient recipient, List<Scored> candidates) {

    /** A recipient and its token_set_ratio. */
    public record Scored(Recipient recipient, double score) {}

    /** The original counted candidates (no recipient attached) as matched in its match rate. */
    public boolean countedAsMatchedByOriginal() {
        return !"name-fuzzy-low".equals(method) && !"unmatched".equals(method);
    }
}

package dev.sbirenrich.evaluation;

import java.util.Locale;

/**
 * Decides whether a recipient is the award's true company: the same recipient row, or the same UEI
 * as the true company's, or the same DUNS. Duplicate rows of a company share its identifiers and
 * distinct companies never share one, so identifier equality is entity equality in generated data.
 */
final class EntityJudge {
    private EntityJudge() {}

    static boolean isTrueEntity(TruthRecord truth, AttachedRecipient r) {
        if (r == null || !truth.inReference()) {
            return false;
        }
        if (r.record() > 0 && r.record() == truth.recipientRecord()) {
            return true;
        }
        String uei = uei(r.uei());
        if (truth.uei() != null && uei != null && uei.equals(truth.uei())) {
            return true;
        }
        String duns = duns(r.duns());
        return truth.duns() != null && duns != null && duns.equals(truth.duns());
    }

    /** Whether {@code outcome} attaches the true company: a correct match. */
    static boolean isCorrect(TruthRecord truth, Outcome outcome) {
        return outcome.accepted() && isTrueEntity(truth, outcome.recipient());
    }

    /** Whether {@code outcome}'s candidates hold the true company. */
    static boolean offersTrueEntity(TruthRecord truth, Outcome outcome) {
        return outcome.candidates().stream().anyMatch(candidate -> isTrueEntity(truth, candidate));
    }

    /**
     * Whether {@code outcome} is a candidate whose true company a namesake scores at least as high
     * as, listed or not ({@link Outcome#shadowed}, {@link Outcome#namesakeAhead}): ambiguous by
     * construction, a case for review, and no matcher may guess it.
     */
    static boolean isAmbiguous(TruthRecord truth, Outcome outcome) {
        return !outcome.accepted() && (outcome.namesakeAhead()
                || outcome.shadowed().stream().anyMatch(candidate -> isTrueEntity(truth, candidate)));
    }

    private static String uei(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    /** Digits, without a spreadsheet's ".0", left-padded to nine. */
    private static String duns(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.endsWith(".0")) {
            t = t.substring(0, t.length() - 2);
        }
        String digits = t.replaceAll("[^0-9]", "");
        if (digits.isEmpty() || digits.length() > 9) {
            return null;
        }
        return "000000000".substring(digits.length()) + digits;
    }
}

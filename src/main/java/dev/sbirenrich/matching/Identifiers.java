package dev.sbirenrich.matching;

import dev.sbirenrich.model.IdentifierStatus;
import java.util.Locale;
import java.util.Set;

/**
 * Normalization and validation of UEI and DUNS identifiers. Identifiers are text: they are never
 * parsed as numbers, so leading zeros survive and {@code nan} is a missing value, not a key.
 */
public final class Identifiers {
    /** Cell values that mean "no value" in the exports we read (pandas, Postgres dumps, hand edits). */
    private static final Set<String> NULL_MARKERS =
            Set.of("", "NAN", "N/A", "NA", "NULL", "NONE", "-", "\\N");

    private static final int MAX_MARKER_LENGTH = 4;
    private static final int UEI_LENGTH = 12;
    private static final int DUNS_LENGTH = 9;

    private Identifiers() {}

    /** True for null, blank and the placeholder spellings of a missing value, case-insensitive. */
    public static boolean isNullMarker(String raw) {
        if (raw == null) {
            return true;
        }
        // Most cells are longer than every marker and not padded: no need to strip and uppercase them.
        int length = raw.length();
        if (length > MAX_MARKER_LENGTH && !Character.isWhitespace(raw.charAt(0))
                && !Character.isWhitespace(raw.charAt(length - 1))) {
            return false;
        }
        return NULL_MARKERS.contains(raw.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Trimmed, uppercased UEI when it is exactly 12 ASCII letters or digits and not all zeros (a
     * placeholder that would otherwise match every other placeholder); null otherwise.
     */
    public static String normalizeUei(String raw) {
        if (raw == null) {
            return null;
        }
        String uei = raw.strip().toUpperCase(Locale.ROOT);
        if (uei.length() != UEI_LENGTH || !isAsciiAlnum(uei) || isAllZeros(uei)) {
            return null;
        }
        return uei;
    }

    public static IdentifierStatus ueiStatus(String raw) {
        return status(raw, normalizeUei(raw));
    }

    /**
     * The 9-digit DUNS for a cell, or null when it cannot be one. Dashes and spaces are dropped
     * ({@code 123-456-789}); a float artifact is stripped ({@code 82185679.0} is what numeric
     * parsing made of {@code 082185679}); 1 to 8 digits are left-padded with zeros because exports
     * that parsed DUNS as numbers lost exactly those zeros. Longer values are refused unless the
     * excess is leading zeros: {@code 1234567890} is what the original pipeline made of
     * {@code 123456789.0} by deleting the dot, and guessing which digit is spurious would create
     * false matches. All-zero values are placeholders and refused.
     */
    public static String normalizeDuns(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = stripFloatArtifact(raw.strip().replace("-", "").replace(" ", ""));
        if (digits.isEmpty() || !isAsciiDigits(digits)) {
            return null;
        }
        int firstNonZero = 0;
        while (firstNonZero < digits.length() && digits.charAt(firstNonZero) == '0') {
            firstNonZero++;
        }
        if (firstNonZero == digits.length()) {
            return null;
        }
        String significant = digits.substring(firstNonZero);
        if (significant.length() > DUNS_LENGTH) {
            return null;
        }
        return "0".repeat(DUNS_LENGTH - significant.length()) + significant;
    }

    public static IdentifierStatus dunsStatus(String raw) {
        return status(raw, normalizeDuns(raw));
    }

    /** {@code 95742.0} -> {@code 95742}: the trace a float column leaves on a numeric code. */
    static String stripFloatArtifact(String text) {
        int dot = text.indexOf('.');
        if (dot <= 0) {
            return text;
        }
        for (int i = dot + 1; i < text.length(); i++) {
            if (text.charAt(i) != '0') {
                return text;
            }
        }
        return text.substring(0, dot);
    }

    static boolean isAsciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Missing, invalid or valid: a cell's status given its normalized form (null when invalid). */
    public static IdentifierStatus status(String raw, String normalized) {
        if (isNullMarker(raw)) {
            return IdentifierStatus.MISSING;
        }
        return normalized == null ? IdentifierStatus.INVALID : IdentifierStatus.VALID;
    }

    private static boolean isAsciiAlnum(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllZeros(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}

package dev.sbirenrich.matching.legacy;

import java.util.Locale;
import java.util.Set;

/**
 * The original's identifier keys, bugs included: a missing award cell is pandas NaN, whose
 * {@code str()} is "nan" (so "nan" matches a reference UEI written "nan"); DUNS keeps digits only
 * with no zero padding, so 82185679 never meets 082185679 and 123456789.0 becomes 1234567890.
 */
public final class LegacyIdentifiers {
    /** Cells pandas.read_csv reads as NaN by default. */
    private static final Set<String> PANDAS_NA = Set.of("", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN",
            "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null");

    private LegacyIdentifiers() {}

    /** The cell as pandas holds it: null for NaN. */
    public static String pandasCell(String raw) {
        return raw == null || PANDAS_NA.contains(raw) ? null : raw;
    }

    /** Award-side UEI key: {@code str(value).strip().upper()}, so a missing value gives "NAN". */
    public static String awardUeiKey(String cell) {
        return (cell == null ? "nan" : cell).strip().toUpperCase(Locale.ROOT);
    }

    /** Award-side DUNS key: the digits of {@code str(value)}; empty for NaN. */
    public static String awardDunsKey(String cell) {
        return digits(cell == null ? "nan" : cell);
    }

    /** Reference-side UEI key, or null when the original skipped the row (NaN or empty). */
    public static String referenceUeiKey(String cell) {
        return cell == null || cell.isEmpty() ? null : cell.strip().toUpperCase(Locale.ROOT);
    }

    /** Reference-side DUNS key, or null when the value has no digits. */
    public static String referenceDunsKey(String cell) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        String digits = digits(cell);
        return digits.isEmpty() ? null : digits;
    }

    private static String digits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}

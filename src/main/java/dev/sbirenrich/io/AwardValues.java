package dev.sbirenrich.io;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the typed cells of an SBIR award in the formats SBIR.gov exports use. Each parser returns
 * null for a blank cell and throws {@link IllegalArgumentException} for text it cannot read, so the
 * reader can tell "absent" from "wrong".
 */
final class AwardValues {
    /** {@code 150000.0000}, {@code 1,500,000.50}, {@code $1,500}; grouping must be by thousands. */
    private static final Pattern AMOUNT = Pattern.compile("-?\\$?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** Employee counts come as {@code 25} or {@code 25.0}; commas tolerated. */
    private static final Pattern EMPLOYEES = Pattern.compile("(\\d{1,9})(\\.0*)?");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M-d-uuuu").withResolverStyle(ResolverStyle.STRICT));

    private AwardValues() {}

    static Double amount(String cell) {
        if (isBlank(cell)) {
            return null;
        }
        String text = cell.strip();
        if (!AMOUNT.matcher(text).matches()) {
            throw new IllegalArgumentException("Award Amount is not a number: " + text);
        }
        return Double.valueOf(text.replace("$", "").replace(",", ""));
    }

    static Integer year(String cell) {
        if (isBlank(cell)) {
            return null;
        }
        String text = cell.strip();
        if (!YEAR.matcher(text).matches()) {
            throw new IllegalArgumentException("Award Year is not a 4-digit year: " + text);
        }
        return Integer.valueOf(text);
    }

    /** ISO-8601 form of {@code 2023-03-15}, {@code 05/15/2022} or {@code 10-01-2020} (month first). */
    static String isoDate(String cell) {
        if (isBlank(cell)) {
            return null;
        }
        String text = cell.strip();
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format).toString();
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        throw new IllegalArgumentException("Proposal Award Date is not a date (yyyy-mm-dd, mm/dd/yyyy, mm-dd-yyyy): "
                + text);
    }

    /** Employee count, or null when blank or unreadable: a size hint, not worth rejecting an award for. */
    static Integer employees(String cell) {
        if (isBlank(cell)) {
            return null;
        }
        var m = EMPLOYEES.matcher(cell.strip().replace(",", ""));
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    static boolean isBlank(String cell) {
        return cell == null || cell.isBlank();
    }
}

package dev.sbirenrich.datagen;

/** RFC 4180 field text, appended to a row buffer (the recipients file has 64M fields). */
final class CsvText {
    private CsvText() {}

    static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Appends {@code value} (nothing for null), quoted when asked or when its characters need it. */
    static void appendField(StringBuilder row, String value, boolean quote) {
        if (value == null) {
            return;
        }
        if (!quote && !needsQuotes(value)) {
            row.append(value);
            return;
        }
        row.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                row.append('"');
            }
            row.append(c);
        }
        row.append('"');
    }
}

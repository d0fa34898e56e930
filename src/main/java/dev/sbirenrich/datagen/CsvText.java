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
        int from = 0;
        for (int at = value.indexOf('"'); at >= 0; at = value.indexOf('"', from)) {
            row.append(value, from, at + 1).append('"');
            from = at + 1;
        }
        row.append(value, from, value.length()).append('"');
    }
}

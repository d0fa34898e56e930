package dev.sbirenrich.report;

/**
 * Input text (file names, column values) shown in a report: characters that change how the text
 * around them is displayed, right-to-left overrides and isolates among them (a file named
 * {@code award\u202Evsc.exe} reads as {@code awardexe.csv}), are shown as {@code [U+202E]}.
 */
final class InputText {
    private InputText() {}

    static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isFormatting(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("[U+%04X]", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Bidirectional controls, zero-width and other invisible format characters, and C0/C1 controls. */
    private static boolean isFormatting(char c) {
        return Character.getType(c) == Character.FORMAT || Character.isISOControl(c);
    }
}

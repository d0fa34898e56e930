package dev.sbirenrich.matching.legacy;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The original's {@code normalize_recipient_name}: lower case, punctuation (and so "&") to spaces,
 * legal words deleted wherever they stand ("Co-Operative Research Co." -> "operative research"),
 * "the" kept. Python's \w and \b are Unicode-aware, hence UNICODE_CHARACTER_CLASS.
 */
public final class LegacyNames {
    private static final Pattern PUNCTUATION = Pattern.compile("[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LEGAL_WORDS = Pattern.compile(
            "\\b(incorporated|incorporation|inc|corp|corporation|llc|ltd|limited|co|company)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private LegacyNames() {}

    public static String normalize(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        String s = name.strip().toLowerCase(Locale.ROOT);
        s = PUNCTUATION.matcher(s).replaceAll(" ");
        s = LEGAL_WORDS.matcher(s).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}

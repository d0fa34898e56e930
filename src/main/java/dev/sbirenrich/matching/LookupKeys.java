package dev.sbirenrich.matching;

/**
 * The key space of the reference index. One namespace prefix per kind, so a UEI can never collide
 * with a DUNS or a name block: {@code U|} UEI, {@code D|} DUNS, {@code N|} name block.
 */
public final class LookupKeys {
    public static final String UEI_PREFIX = "U|";
    public static final String DUNS_PREFIX = "D|";
    public static final String NAME_PREFIX = "N|";

    private LookupKeys() {}

    public static String uei(String normalizedUei) {
        return UEI_PREFIX + normalizedUei;
    }

    public static String duns(String normalizedDuns) {
        return DUNS_PREFIX + normalizedDuns;
    }

    public static String name(String block) {
        return NAME_PREFIX + block;
    }

    public static boolean isIdentifierKey(String key) {
        return key.startsWith(UEI_PREFIX) || key.startsWith(DUNS_PREFIX);
    }

    public static boolean isNameKey(String key) {
        return key.startsWith(NAME_PREFIX);
    }
}

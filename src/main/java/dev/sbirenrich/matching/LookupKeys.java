package dev.sbirenrich.matching;

/**
 * The key space of the reference index. One namespace prefix per kind, so a UEI can never collide
 * with a DUNS or a block: {@code U|} UEI, {@code D|} DUNS, {@code N|} name block, {@code S|} street
 * block (a street line in one zip5 or city).
 */
public final class LookupKeys {
    public static final String UEI_PREFIX = "U|";
    public static final String DUNS_PREFIX = "D|";
    public static final String NAME_PREFIX = "N|";
    public static final String STREET_PREFIX = "S|";

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

    /** The block of a street line ({@link Streets}) in a zip5 or city. */
    public static String street(String street, String zip5OrCity) {
        return STREET_PREFIX + street + '|' + zip5OrCity;
    }

    public static boolean isIdentifierKey(String key) {
        return key.startsWith(UEI_PREFIX) || key.startsWith(DUNS_PREFIX);
    }

    public static boolean isNameKey(String key) {
        return key.startsWith(NAME_PREFIX);
    }

    /** A name or street block: the keys whose recipients the cascade scores by name. */
    public static boolean isBlockKey(String key) {
        return key.startsWith(NAME_PREFIX) || key.startsWith(STREET_PREFIX);
    }
}

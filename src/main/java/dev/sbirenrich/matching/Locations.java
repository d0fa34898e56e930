package dev.sbirenrich.matching;

import java.util.HashMap;
import java.util.Map;

/**
 * Location fields in one comparable form for both inputs: awards carry full state names
 * ("Virginia") and ZIP+4, recipients carry USPS codes and zips damaged by float parsing
 * ({@code 7719.0} for 07719). Zips are text; leading zeros are restored, never computed.
 */
public final class Locations {
    private static final Map<String, String> STATE_CODES = new HashMap<>();

    static {
        String[][] states = {
            {"AL", "ALABAMA"}, {"AK", "ALASKA"}, {"AZ", "ARIZONA"}, {"AR", "ARKANSAS"}, {"CA", "CALIFORNIA"},
            {"CO", "COLORADO"}, {"CT", "CONNECTICUT"}, {"DE", "DELAWARE"}, {"DC", "DISTRICT OF COLUMBIA"},
            {"FL", "FLORIDA"}, {"GA", "GEORGIA"}, {"HI", "HAWAII"}, {"ID", "IDAHO"}, {"IL", "ILLINOIS"},
            {"IN", "INDIANA"}, {"IA", "IOWA"}, {"KS", "KANSAS"}, {"KY", "KENTUCKY"}, {"LA", "LOUISIANA"},
            {"ME", "MAINE"}, {"MD", "MARYLAND"}, {"MA", "MASSACHUSETTS"}, {"MI", "MICHIGAN"},
            {"MN", "MINNESOTA"}, {"MS", "MISSISSIPPI"}, {"MO", "MISSOURI"}, {"MT", "MONTANA"},
            {"NE", "NEBRASKA"}, {"NV", "NEVADA"}, {"NH", "NEW HAMPSHIRE"}, {"NJ", "NEW JERSEY"},
            {"NM", "NEW MEXICO"}, {"NY", "NEW YORK"}, {"NC", "NORTH CAROLINA"}, {"ND", "NORTH DAKOTA"},
            {"OH", "OHIO"}, {"OK", "OKLAHOMA"}, {"OR", "OREGON"}, {"PA", "PENNSYLVANIA"},
            {"RI", "RHODE ISLAND"}, {"SC", "SOUTH CAROLINA"}, {"SD", "SOUTH DAKOTA"}, {"TN", "TENNESSEE"},
            {"TX", "TEXAS"}, {"UT", "UTAH"}, {"VT", "VERMONT"}, {"VA", "VIRGINIA"}, {"WA", "WASHINGTON"},
            {"WV", "WEST VIRGINIA"}, {"WI", "WISCONSIN"}, {"WY", "WYOMING"}, {"PR", "PUERTO RICO"},
            {"GU", "GUAM"}, {"VI", "VIRGIN ISLANDS"}, {"AS", "AMERICAN SAMOA"},
            {"MP", "NORTHERN MARIANA ISLANDS"}, {"AA", "ARMED FORCES AMERICAS"},
            {"AE", "ARMED FORCES EUROPE"}, {"AP", "ARMED FORCES PACIFIC"},
        };
        for (String[] s : states) {
            STATE_CODES.put(s[0], s[0]);
            STATE_CODES.put(s[1], s[0]);
        }
        STATE_CODES.put("US VIRGIN ISLANDS", "VI");
        STATE_CODES.put("WASHINGTON DC", "DC");
    }

    private Locations() {}

    /** USPS code for a state code or full name in any case; null when unknown or missing. */
    public static String stateCode(String raw) {
        if (Identifiers.isNullMarker(raw)) {
            return null;
        }
        return STATE_CODES.get(isCanonical(raw) ? raw : String.join(" ", NameNormalizer.words(raw)));
    }

    /** Uppercased, accent-folded city words joined by single spaces; null when missing. */
    public static String city(String raw) {
        if (Identifiers.isNullMarker(raw)) {
            return null;
        }
        String city = isCanonical(raw) ? raw : String.join(" ", NameNormalizer.words(raw));
        return city.isEmpty() ? null : city;
    }

    /**
     * Already in the form {@link NameNormalizer#words} gives: uppercase ASCII letters and digits in
     * words joined by single spaces. Most cells of both inputs are, and skip the normalizer.
     */
    private static boolean isCanonical(String text) {
        int length = text.length();
        if (length == 0 || text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean word = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!word && (c != ' ' || text.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Five-digit zip: ZIP+4 ({@code 22201-1234} or 9 digits) keeps its first five; 3-4 digits are
     * a zip that lost leading zeros to numeric parsing and are padded; anything else is null.
     */
    public static String zip5(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        int dash = text.indexOf('-');
        if (dash > 0) {
            text = text.substring(0, dash).strip();
        }
        text = Identifiers.stripFloatArtifact(text);
        if (!Identifiers.isAsciiDigits(text)) {
            return null;
        }
        if (text.length() == 9) {
            return text.substring(0, 5);
        }
        if (text.length() < 3 || text.length() > 5) {
            return null;
        }
        return "0".repeat(5 - text.length()) + text;
    }
}

package dev.sbirenrich.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A street line in one comparable form for both inputs: SBIR.gov writes "265 Innovation Parkway,
 * Suite 200", USAspending "265 INNOVATION PKWY". Words are folded as names are
 * ({@link NameNormalizer#words}), street types and directions take their USPS abbreviation, and
 * the unit (suite, floor, room, a trailing "# 200") is dropped: a company's suite changes within a
 * building, and a building's companies are told apart by name. Only a line that starts with a
 * house number and names a street is kept; a post-office box or a building name alone is null,
 * because many companies share one.
 */
public final class Streets {
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("STREET", "ST"), Map.entry("STR", "ST"), Map.entry("AVENUE", "AVE"), Map.entry("AV", "AVE"),
            Map.entry("BOULEVARD", "BLVD"), Map.entry("DRIVE", "DR"), Map.entry("ROAD", "RD"),
            Map.entry("LANE", "LN"), Map.entry("COURT", "CT"), Map.entry("PLACE", "PL"),
            Map.entry("PARKWAY", "PKWY"), Map.entry("PKY", "PKWY"), Map.entry("HIGHWAY", "HWY"),
            Map.entry("CIRCLE", "CIR"), Map.entry("TERRACE", "TER"), Map.entry("SQUARE", "SQ"),
            Map.entry("TRAIL", "TRL"), Map.entry("PLAZA", "PLZ"), Map.entry("CENTER", "CTR"),
            Map.entry("CENTRE", "CTR"), Map.entry("EXPRESSWAY", "EXPY"), Map.entry("TURNPIKE", "TPKE"),
            Map.entry("ALLEY", "ALY"), Map.entry("CROSSING", "XING"),
            Map.entry("NORTH", "N"), Map.entry("SOUTH", "S"), Map.entry("EAST", "E"), Map.entry("WEST", "W"),
            Map.entry("NORTHEAST", "NE"), Map.entry("NORTHWEST", "NW"), Map.entry("SOUTHEAST", "SE"),
            Map.entry("SOUTHWEST", "SW"));

    /** Words that start the unit part of a line: it and everything after it is dropped. */
    private static final Set<String> UNIT_WORDS = Set.of("SUITE", "STE", "UNIT", "APT", "APARTMENT", "ROOM", "RM",
            "FLOOR", "FL", "FLR", "BLDG", "BUILDING", "DEPT", "OFFICE", "OFC", "MS", "MAILSTOP", "BOX");

    /** Street types after which a bare number is a unit ("100 MAIN ST 200"), not part of the street. */
    private static final Set<String> TYPES = Set.of("ST", "AVE", "BLVD", "DR", "RD", "LN", "CT", "PL", "PKWY",
            "CIR", "TER", "SQ", "TRL", "PLZ", "WAY", "LOOP", "ALY", "XING", "PIKE", "TPKE", "EXPY");

    private Streets() {}

    /** The comparable form of a street line, or null when it has no house number and street. */
    public static String normalize(String line) {
        if (line == null || line.isBlank() || Identifiers.isNullMarker(line)) {
            return null;
        }
        int hash = line.indexOf('#');
        List<String> words = NameNormalizer.words(hash >= 0 ? line.substring(0, hash) : line);
        if (words.size() < 2 || !Character.isDigit(words.get(0).charAt(0))) {
            return null;
        }
        StringBuilder street = new StringBuilder(line.length());
        String last = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i > 0 && (UNIT_WORDS.contains(word) || isNumber(word) && last != null && TYPES.contains(last))) {
                break;
            }
            last = ABBREVIATIONS.getOrDefault(word, word);
            if (i > 0) {
                street.append(' ');
            }
            street.append(last);
        }
        return street.indexOf(" ") < 0 ? null : street.toString();
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

package dev.sbirenrich.matching;

import java.util.Set;

/**
 * Words so common in company names that sharing them says little about identity ("ORION DATA
 * SYSTEMS" and "APEX SYSTEMS" share SYSTEMS and nothing else). Spelled in NameNormalizer's
 * canonical forms, so TECH, TECHNOLOGY and TECHNOLOGIES are all covered by TECHNOLOGIES.
 * Connectors are a subset: they carry no identity at all and are left out of blocking and scoring.
 */
public final class GenericWords {
    /** Weight of a generic word relative to a distinctive word (1.0) when no frequency is known. */
    public static final double DEFAULT_WEIGHT = 0.25;

    private static final Set<String> CONNECTORS = Set.of("AND", "OF", "FOR", "THE", "A", "AN", "IN", "AT", "ON", "TO");

    private static final Set<String> WORDS = Set.of(
            "TECHNOLOGIES", "SYSTEMS", "SOLUTIONS", "SERVICES", "GROUP", "INTERNATIONAL", "ENGINEERING",
            "RESEARCH", "SCIENCES", "SCIENTIFIC", "LABORATORIES", "ASSOCIATES", "ASSOCIATION", "CONSULTING",
            "CONSULTANTS", "ENTERPRISES", "INDUSTRIES", "HOLDINGS", "PARTNERS", "GLOBAL", "AMERICA",
            "AMERICAN", "NATIONAL", "FEDERAL", "US", "USA", "UNITED", "STATES", "DEFENSE", "ENERGY",
            "MEDICAL", "HEALTH", "THERAPEUTICS", "BIO", "BIOSCIENCES", "BIOTECHNOLOGY", "PHARMACEUTICALS",
            "ADVANCED", "APPLIED", "INNOVATIONS", "INNOVATIVE", "INTEGRATED", "DYNAMICS", "TECHNICAL",
            "INSTITUTE", "CENTER", "FOUNDATION", "UNIVERSITY", "MANAGEMENT", "DEVELOPMENT",
            "MANUFACTURING", "PRODUCTS", "DEVICES", "MATERIALS", "SOFTWARE", "DATA", "NETWORKS",
            "COMMUNICATIONS", "ELECTRONICS", "AEROSPACE", "ENVIRONMENTAL", "SECURITY", "ANALYTICS",
            "INSTRUMENTS", "CONTROLS", "DESIGN", "CONSTRUCTION", "CONTRACTING", "SUPPLY", "LOGISTICS",
            "SPECIALTY", "PRECISION", "NEW", "FIRST", "NORTH", "SOUTH", "EAST", "WEST",
            "AND", "OF", "FOR", "THE", "A", "AN", "IN", "AT", "ON", "TO");

    private GenericWords() {}

    /** The generic words, connectors included, in their canonical spellings. */
    static Set<String> words() {
        return WORDS;
    }

    public static boolean isGeneric(String token) {
        return WORDS.contains(token);
    }

    /** Words that only join others ("SMITH AND WESSON"): ignored for blocking and scoring. */
    public static boolean isConnector(String token) {
        return CONNECTORS.contains(token);
    }
}

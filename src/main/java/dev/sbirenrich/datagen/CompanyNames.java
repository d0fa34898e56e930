package dev.sbirenrich.datagen;

import static dev.sbirenrich.datagen.Vocabulary.pick;

import java.util.SplittableRandom;

/** Draws legal names with the make-up of the recipient list: brands, surnames, generic words, suffixes. */
final class CompanyNames {
    /** Legal designators and their relative frequency; null is a name without one. */
    static final String[] SUFFIXES = {"LLC", "INC", "CORP", "CORPORATION", "INCORPORATED", "CO",
        "LTD", "L.L.C.", "INC.", "LP", "PLLC", "COMPANY", null};
    private static final int[] SUFFIX_WEIGHT = {34, 30, 6, 6, 3, 2, 1, 2, 3, 1, 1, 1, 10};
    private static final int SUFFIX_WEIGHT_SUM = java.util.Arrays.stream(SUFFIX_WEIGHT).sum();

    private CompanyNames() {}

    /** A recipient's own name; about one in ten is not a company (a school, a city, a person). */
    static CompanyName draw(SplittableRandom rng) {
        int pattern = rng.nextInt(100);
        String[] core;
        if (pattern < 33) {
            core = rng.nextBoolean()
                    ? new String[] {Vocabulary.brandWord(rng, false), genericOrField(rng)}
                    : new String[] {Vocabulary.brandWord(rng, false), pick(rng, Vocabulary.FIELD), pick(rng, Vocabulary.GENERIC)};
        } else if (pattern < 53) {
            int form = rng.nextInt(6);
            core = form < 3
                    ? new String[] {pick(rng, Vocabulary.REAL), pick(rng, Vocabulary.REAL), genericOrField(rng)}
                    : form < 5
                    ? new String[] {pick(rng, Vocabulary.REAL), genericOrField(rng)}
                    : new String[] {pick(rng, Vocabulary.REAL), pick(rng, Vocabulary.FIELD), "AND", pick(rng, Vocabulary.GENERIC)};
        } else if (pattern < 66) {
            core = rng.nextBoolean()
                    ? new String[] {pick(rng, Vocabulary.SURNAME), "&", pick(rng, Vocabulary.SURNAME), genericOrField(rng)}
                    : new String[] {pick(rng, Vocabulary.SURNAME), genericOrField(rng)};
        } else if (pattern < 74) {
            core = new String[] {acronym(rng), pick(rng, Vocabulary.GENERIC)};
        } else if (pattern < 82) {
            core = new String[] {pick(rng, Vocabulary.ADJECTIVE), pick(rng, Vocabulary.FIELD),
                Vocabulary.brandWord(rng, false), pick(rng, Vocabulary.GENERIC)};
        } else if (pattern < 90) {
            // Entirely generic: many recipients share exactly this name in different places.
            core = new String[] {pick(rng, Vocabulary.ADJECTIVE), pick(rng, Vocabulary.FIELD), pick(rng, Vocabulary.GENERIC)};
        } else {
            return institution(rng);
        }
        return new CompanyName(core, drawSuffix(rng), rng.nextInt(10) == 0, rng.nextInt(150) == 0);
    }

    /** A company absent from the reference: a brand no recipient can have, plus common words. */
    static CompanyName drawAbsent(SplittableRandom rng) {
        String[] core = rng.nextBoolean()
                ? new String[] {Vocabulary.brandWord(rng, true), genericOrField(rng)}
                : new String[] {Vocabulary.brandWord(rng, true), pick(rng, Vocabulary.ADJECTIVE), pick(rng, Vocabulary.GENERIC)};
        return new CompanyName(core, drawSuffix(rng), rng.nextInt(10) == 0, false);
    }

    /** A trade name for "LEGAL NAME DBA TRADE NAME" and alternate_names. */
    static String tradeName(SplittableRandom rng) {
        return rng.nextBoolean()
                ? pick(rng, Vocabulary.REAL) + " " + pick(rng, Vocabulary.FIELD)
                : Vocabulary.brandWord(rng, false);
    }

    static String drawSuffix(SplittableRandom rng) {
        int draw = rng.nextInt(SUFFIX_WEIGHT_SUM);
        for (int i = 0; i < SUFFIXES.length; i++) {
            draw -= SUFFIX_WEIGHT[i];
            if (draw < 0) {
                return SUFFIXES[i];
            }
        }
        return null;
    }

    private static String genericOrField(SplittableRandom rng) {
        return rng.nextInt(3) == 0 ? pick(rng, Vocabulary.FIELD) : pick(rng, Vocabulary.GENERIC);
    }

    private static String acronym(SplittableRandom rng) {
        int length = 2 + rng.nextInt(3);
        char[] letters = new char[length];
        for (int i = 0; i < length; i++) {
            letters[i] = (char) ('A' + rng.nextInt(26));
        }
        return new String(letters);
    }

    private static CompanyName institution(SplittableRandom rng) {
        String place = rng.nextBoolean() ? pick(rng, Vocabulary.REAL) : pick(rng, Vocabulary.SURNAME);
        return switch (rng.nextInt(4)) {
            case 0 -> new CompanyName(new String[] {"CITY", "OF", place}, null, false, false);
            case 1 -> new CompanyName(new String[] {place, pick(rng, Vocabulary.INSTITUTION)}, null, false, false);
            case 2 -> new CompanyName(new String[] {pick(rng, Vocabulary.FIRST_NAME).toUpperCase(java.util.Locale.ROOT),
                pick(rng, Vocabulary.SURNAME)}, null, false, false);
            default -> new CompanyName(new String[] {place, "COUNTY", pick(rng, Vocabulary.INSTITUTION)}, null, false, false);
        };
    }
}

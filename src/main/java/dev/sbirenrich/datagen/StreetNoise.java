package dev.sbirenrich.datagen;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * The street line of an award as SBIR.gov's form holds it, from the company's line as the
 * reference holds it ("265 INNOVATION PKWY"): the street type spelled out on 25 % ("265 Innovation
 * Parkway"), the unit added on 15 % (", Suite 210", " Ste 210", " #210"), a letter dropped from the
 * street's name on 2 % and the line left out on 3 %; always in SBIR.gov's mixed case. Why: firms
 * type their own address, in full words or the post office's abbreviations, often with their
 * suite, now and then with a slip; the reference holds the abbreviated form. A firm that moved
 * writes its new line, not a respelling of its old one ({@link #line}).
 */
final class StreetNoise {
    private static final Map<String, String> SPELLED_OUT = Map.of("ST", "STREET", "AVE", "AVENUE", "DR", "DRIVE",
            "BLVD", "BOULEVARD", "RD", "ROAD", "WAY", "WAY", "PKWY", "PARKWAY", "CT", "COURT", "LN", "LANE");
    private static final String[] UNITS = {", SUITE ", " STE ", " #"};

    private StreetNoise() {}

    /** A street line in the reference's form. */
    static String line(SplittableRandom rng) {
        return (1 + rng.nextInt(9999)) + " " + Vocabulary.pick(rng, Vocabulary.STREET) + " "
                + Vocabulary.pick(rng, Vocabulary.STREET_TYPE);
    }

    /** {@code line} as an award writes it: empty when left out. */
    static String written(String line, SplittableRandom rng) {
        int roll = rng.nextInt(100);
        if (line == null || roll < 3) {
            return "";
        }
        String[] words = line.split(" ");
        if (roll < 5 && words.length >= 3 && words[1].length() >= 4) {
            int at = 1 + rng.nextInt(words[1].length() - 1);
            words[1] = words[1].substring(0, at) + words[1].substring(at + 1);
        } else if (roll < 30) {
            words[words.length - 1] = SPELLED_OUT.getOrDefault(words[words.length - 1], words[words.length - 1]);
        }
        String written = String.join(" ", words);
        if (rng.nextInt(100) < 15) {
            written += UNITS[rng.nextInt(UNITS.length)] + (100 + rng.nextInt(900));
        }
        return NameNoise.titleCase(written);
    }
}

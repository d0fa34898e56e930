package dev.sbirenrich.datagen;

import static dev.sbirenrich.datagen.Vocabulary.pick;

import java.util.SplittableRandom;

/** Award titles and abstracts: commas everywhere, some embedded quotes, some multi-line. */
final class AwardText {
    private AwardText() {}

    static String title(SplittableRandom rng, String program, String phase) {
        StringBuilder out = new StringBuilder(80);
        if (rng.nextInt(5) == 0) {
            out.append(program).append(' ').append(phase).append(": ");
        }
        capitalised(out, pick(rng, Vocabulary.TECH_WORDS));
        out.append(' ');
        capitalised(out, pick(rng, Vocabulary.TECH_WORDS));
        out.append(rng.nextInt(4) == 0 ? ", " : " ");
        capitalised(out, pick(rng, Vocabulary.TECH_WORDS));
        out.append(" for ");
        capitalised(out, pick(rng, Vocabulary.TECH_WORDS));
        out.append(' ');
        capitalised(out, pick(rng, Vocabulary.TECH_WORDS));
        return out.toString();
    }

    static String abstractText(SplittableRandom rng) {
        StringBuilder out = new StringBuilder(900);
        int paragraphs = rng.nextInt(100) < 35 ? 2 + rng.nextInt(2) : 1;
        String lineBreak = rng.nextInt(5) == 0 ? "\r\n" : "\n";
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                out.append(lineBreak);
            }
            int sentences = 2 + rng.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    out.append(' ');
                }
                sentence(out, rng);
            }
        }
        return out.toString();
    }

    private static void sentence(StringBuilder out, SplittableRandom rng) {
        int words = 8 + rng.nextInt(12);
        int quoted = rng.nextInt(8) == 0 ? 2 + rng.nextInt(words - 3) : -1;
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                out.append(w % 6 == 0 ? ", " : " ");
            }
            String word = rng.nextInt(5) < 2 ? pick(rng, Vocabulary.TECH_WORDS) : pick(rng, Vocabulary.PLAIN_WORDS);
            if (w == quoted) {
                out.append("so-called \"").append(word).append('"');
            } else if (w == 0) {
                capitalised(out, word);
            } else {
                out.append(word);
            }
        }
        out.append('.');
    }

    private static void capitalised(StringBuilder out, String word) {
        out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
    }
}

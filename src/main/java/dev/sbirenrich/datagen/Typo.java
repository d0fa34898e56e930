package dev.sbirenrich.datagen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One typing slip in a company name, as people make them, in any letter of any word of the name:
 * what was written, and the kind and place of the slip, which truth.csv records so that evaluate
 * can report recall by kind and position.
 *
 * <p>Proportions (docs/data-generator.md): a dropped letter 25 %, a slip to a neighbouring key
 * 25 %, a doubled letter 20 %, two adjacent letters swapped 20 %, a wrong first letter 10 %.
 * Single-letter edits are about 80 % of misspellings (Damerau, 1964); omissions and substitutions,
 * most of them by an adjacent key, are the common ones, transpositions rarer, and the first letter
 * of a word is typed with the most care, so it slips least.
 */
record Typo(String written, Kind kind, String letter, String word) {
    enum Kind {
        DROPPED_LETTER("dropped-letter", 25),
        KEY_SLIP("key-slip", 25),
        DOUBLED_LETTER("doubled-letter", 20),
        TRANSPOSITION("transposition", 20),
        WRONG_FIRST_LETTER("wrong-first-letter", 10);

        final String label;
        final int weight;

        Kind(String label, int weight) {
            this.label = label;
            this.weight = weight;
        }
    }

    static final String FIRST_LETTER = "first-letter";
    static final String INNER = "inner";
    static final String LAST_LETTER = "last-letter";
    static final String FIRST_WORD = "first-word";
    static final String LATER_WORD = "later-word";

    private static final int MIN_WORD = 3;
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** Neighbours of each letter on a QWERTY keyboard. */
    private static final Map<Character, String> KEYS = Map.ofEntries(
            Map.entry('Q', "WAS"), Map.entry('W', "QESAD"), Map.entry('E', "WRDSF"), Map.entry('R', "ETFDG"),
            Map.entry('T', "RYGFH"), Map.entry('Y', "TUHGJ"), Map.entry('U', "YIJHK"), Map.entry('I', "UOKJL"),
            Map.entry('O', "IPLK"), Map.entry('P', "OL"), Map.entry('A', "QWSZ"), Map.entry('S', "WEADZX"),
            Map.entry('D', "ERSFXC"), Map.entry('F', "RTDGCV"), Map.entry('G', "TYFHVB"), Map.entry('H', "YUGJBN"),
            Map.entry('J', "UIHKNM"), Map.entry('K', "IOJLM"), Map.entry('L', "OPK"), Map.entry('Z', "ASX"),
            Map.entry('X', "ZSDC"), Map.entry('C', "XDFV"), Map.entry('V', "CFGB"), Map.entry('B', "VGHN"),
            Map.entry('N', "BHJM"), Map.entry('M', "NJK"));

    /** A slip in one word of at least three letters of {@code name}'s core; null when it has none. */
    static Typo make(CompanyName name, SplittableRandom rng) {
        String[] core = name.core().clone();
        List<Integer> words = new ArrayList<>();
        for (int i = 0; i < core.length; i++) {
            if (core[i].length() >= MIN_WORD && core[i].chars().allMatch(Character::isLetter)) {
                words.add(i);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        int w = words.get(rng.nextInt(words.size()));
        String word = core[w];
        Kind kind = kind(rng);
        StringBuilder out = new StringBuilder(word);
        int at;
        switch (kind) {
            case DROPPED_LETTER -> {
                at = rng.nextInt(word.length());
                out.deleteCharAt(at);
            }
            case DOUBLED_LETTER -> {
                at = rng.nextInt(word.length());
                out.insert(at, word.charAt(at));
            }
            case TRANSPOSITION -> {
                at = rng.nextInt(word.length() - 1);
                if (word.charAt(at) == word.charAt(at + 1)) {
                    return null;
                }
                out.setCharAt(at, word.charAt(at + 1));
                out.setCharAt(at + 1, word.charAt(at));
            }
            case WRONG_FIRST_LETTER -> {
                at = 0;
                out.setCharAt(0, other(word.charAt(0), LETTERS, rng));
            }
            default -> {
                at = rng.nextInt(word.length());
                out.setCharAt(at, other(word.charAt(at), KEYS.getOrDefault(word.charAt(at), LETTERS), rng));
            }
        }
        core[w] = out.toString();
        int last = kind == Kind.TRANSPOSITION ? word.length() - 2 : word.length() - 1;
        String letter = at == 0 ? FIRST_LETTER : at == last ? LAST_LETTER : INNER;
        return new Typo(name.withCore(core).render(), kind, letter, w == 0 ? FIRST_WORD : LATER_WORD);
    }

    private static Kind kind(SplittableRandom rng) {
        int roll = rng.nextInt(100);
        for (Kind kind : Kind.values()) {
            roll -= kind.weight;
            if (roll < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("typo weights must sum to 100");
    }

    private static char other(char c, String choices, SplittableRandom rng) {
        char pick;
        do {
            pick = choices.charAt(rng.nextInt(choices.length()));
        } while (pick == c);
        return pick;
    }
}

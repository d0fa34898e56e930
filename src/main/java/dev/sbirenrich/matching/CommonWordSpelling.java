package dev.sbirenrich.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts right an award's word that is one slip (a dropped, added, swapped or wrong letter) away
 * from a word that company names share: a generic word, a connector, or a spelling the normalizer
 * rewrites to one ({@code SOFTWAE}, {@code HOLDIMGS}, {@code ANDD}). The slip turns a word that
 * blocking passes over into an unknown, distinctive one, so the name keys no longer meet the
 * company's; respelled, the name is the company's again.
 */
public final class CommonWordSpelling {
    /** Each common word's spellings, with the canonical word it stands for. */
    private static final Map<String, String> SPELLINGS = spellings();
    /** The spellings by length: a slip changes a word's length by one letter at most. */
    private static final List<List<String>> BY_LENGTH = byLength(SPELLINGS.keySet());

    private CommonWordSpelling() {}

    /**
     * {@code tokens} (canonical, as {@link NameNormalizer#tokens} gives them) with every word that
     * is one slip from a single common word replaced by that word, or null when no word is.
     */
    public static String[] respelled(String[] tokens) {
        String[] respelled = null;
        for (int i = 0; i < tokens.length; i++) {
            String word = respelled(tokens[i]);
            if (word != null) {
                if (respelled == null) {
                    respelled = tokens.clone();
                }
                respelled[i] = word;
            }
        }
        return respelled;
    }

    /** The common word {@code token} is one {@link Slip} from, or null: none, several, or a common word itself. */
    static String respelled(String token) {
        if (token.length() < Slip.MIN_LENGTH || SPELLINGS.containsKey(token)) {
            return null;
        }
        String found = null;
        for (int length = token.length() - 1; length <= Math.min(token.length() + 1, BY_LENGTH.size() - 1); length++) {
            for (String spelling : BY_LENGTH.get(length)) {
                if (Slip.apart(token, spelling)) {
                    String word = SPELLINGS.get(spelling);
                    if (found != null && !found.equals(word)) {
                        return null;
                    }
                    found = word;
                }
            }
        }
        return found;
    }

    private static Map<String, String> spellings() {
        Map<String, String> spellings = new HashMap<>(NameNormalizer.abbreviations());
        for (String word : GenericWords.words()) {
            spellings.put(word, word);
        }
        return Map.copyOf(spellings);
    }

    private static List<List<String>> byLength(Set<String> spellings) {
        int longest = spellings.stream().mapToInt(String::length).max().orElse(0);
        List<List<String>> byLength = new ArrayList<>();
        for (int length = 0; length <= longest; length++) {
            byLength.add(new ArrayList<>());
        }
        spellings.forEach(spelling -> byLength.get(spelling.length()).add(spelling));
        return byLength.stream().map(List::copyOf).toList();
    }
}

package dev.sbirenrich.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Name blocking keys: a recipient is filed under them and an award probes them (the same function
 * on both sides), so two names are compared only when they share a key. The index answers a key
 * holding more than {@code maxPostingSize} recipients with "too common" (more than
 * {@code maxSameNamePosting} for the award's own name keys), so a key must be selective to be
 * useful; it never has to be a complete safety net on its own.
 *
 * <p>Let T be the sorted distinct tokens without connectors (AND, OF, ...) and D the distinctive
 * ones (not {@link GenericWords generic}, longer than one letter). Keys, all {@code N|} prefixed:
 * <ul>
 *   <li><b>full</b> {@code N|T}: the name up to word order. Most selective; catches suffix,
 *       punctuation, &amp;/AND, abbreviation, THE and DBA variants (the normalizer erased them) and
 *       word order (sorted).</li>
 *   <li><b>core</b> {@code N|D} when D differs from T: a generic word added, dropped or swapped
 *       ("ACME ROBOTICS INTERNATIONAL" meets "ACME ROBOTICS").</li>
 *   <li><b>drop-one</b> {@code N|D minus one token} when D has 2 or 3 tokens: a typo or a changed
 *       word in any one distinctive token. Same namespace as full and core, so the award "ACME"
 *       also meets the recipient "ACME ROBOTICS".</li>
 *   <li><b>prefix</b> {@code N|~} + first 4 letters of the first two tokens of D when D has 1 or
 *       4+ tokens: a typo after the 4th letter of those, or anywhere in the others. For 2-3
 *       distinctive tokens drop-one already covers typos, so this key is not spent there.</li>
 *   <li><b>skeleton</b> {@code N|=} + the words run together in written order, vowels after the
 *       first letter dropped, repeated letters collapsed: spacing ("BRIANCARTER"), vowel typos,
 *       doubled letters and vowel/consonant swaps, in any name, including all-generic ones.</li>
 * </ul>
 * Cost: 2 keys for an all-generic name, 4 for one distinctive token plus generic words, 4-6 for
 * 2-3 distinctive tokens, 3-4 beyond: about 4.5 on company names. {@link #halfKeys} adds two
 * keys per distinctive token of four letters or more (per token of any kind when the name has at
 * most one distinctive token), probed only for awards these keys leave undecided. Trade-offs accepted: a consonant
 * typo in the first four letters of a name's only distinctive token is missed, as is a consonant
 * typo in an all-generic name ("ADVANCED SYSTEMS") and two independent differences in a name with
 * 2-3 distinctive tokens. Precision against names sharing
 * generic words comes from never keying on generic words alone: "ORION DATA SYSTEMS" and "APEX
 * DATA SYSTEMS" share no key.
 */
public final class NameBlocker {
    static final String PREFIX_MARK = "~";
    static final String SKELETON_MARK = "=";
    static final String FRONT_HALF_MARK = "<";
    static final String BACK_HALF_MARK = ">";
    private static final int PREFIX_LENGTH = 4;
    /** Shorter distinctive tokens get no half keys: their halves are too common to select anything. */
    private static final int MIN_HALVED_TOKEN = 4;
    private static final String[] NO_KEYS = new String[0];

    private NameBlocker() {}

    /** The keys of a name, its full key (the name up to word order) first; none when it has no tokens. */
    public static String[] blockingKeys(String[] tokens) {
        String[] all = keyTokens(tokens);
        // tokens in written order feed the skeleton key; all is sorted and distinct
        if (all.length == 0) {
            return NO_KEYS;
        }
        String[] distinctive = distinctive(all);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(block(Arrays.asList(all)));
        keys.add(skeletonBlock(tokens));
        if (distinctive.length > 0 && distinctive.length < all.length) {
            keys.add(block(Arrays.asList(distinctive)));
        }
        if (distinctive.length == 2 || distinctive.length == 3) {
            for (int skip = 0; skip < distinctive.length; skip++) {
                List<String> rest = new ArrayList<>(Arrays.asList(distinctive));
                rest.remove(skip);
                keys.add(block(rest));
            }
        } else if (distinctive.length > 0) {
            keys.add(prefixBlock(distinctive));
        }
        return keys.toArray(NO_KEYS);
    }

    /**
     * Keys that survive one edit (a dropped, doubled, swapped or wrong letter) anywhere in one
     * distinctive token of a name, a recipient's side. For each distinctive token of four letters
     * or more: its front half and its back half, each with the rest of the name (the other
     * distinctive tokens, else the generic ones). One edit leaves one half intact, and the rest too,
     * unless two letters swap across the middle. The rest makes a half selective; a one-word name
     * has no rest and no half keys. A name with at most one distinctive token also gets the halves
     * of its generic tokens: an award's typo turns a generic word into an unknown, distinctive one
     * ("GARCIA IMNOVATIONS"), whose halves it probes with the same rest, and such a name has no
     * drop-one key that would survive the typo.
     */
    public static String[] halfKeys(String[] tokens) {
        return halves(tokens, 0).toArray(NO_KEYS);
    }

    /**
     * The half keys an award probes when its own keys found no recipient: for each distinctive
     * word, its halves as a recipient's word one letter longer, as long or one letter shorter would
     * have them.
     */
    public static List<String> halfProbes(String[] tokens) {
        return List.copyOf(halves(tokens, 1));
    }

    /**
     * The full and skeleton keys of the name with the slip in a common word of it put right
     * ({@link CommonWordSpelling}), which its company is filed under; none when no word has one.
     * An award probes them when its own keys found no recipient.
     */
    public static List<String> respelledKeys(String[] tokens) {
        String[] respelled = CommonWordSpelling.respelled(tokens);
        return respelled == null ? List.of() : ownNameKeys(respelled);
    }

    /**
     * The half keys of each distinctive token as if it were up to {@code slack} letters longer or
     * shorter, since a slip may have added or dropped a letter (an award's probes); with no slack
     * (a recipient's keys), of a generic token too when the name has at most one distinctive token.
     */
    private static Set<String> halves(String[] tokens, int slack) {
        String[] all = keyTokens(tokens);
        String[] distinctive = distinctive(all);
        boolean recipient = slack == 0;
        Set<String> keys = new LinkedHashSet<>();
        for (String token : recipient && distinctive.length <= 1 ? all : distinctive) {
            String rest = rest(all, distinctive, token);
            if (rest.isEmpty()) {
                continue;
            }
            for (int length = token.length() - slack; length <= token.length() + slack; length++) {
                if (length >= MIN_HALVED_TOKEN && length / 2 <= token.length()) {
                    addHalves(keys, token, length / 2, rest);
                }
            }
        }
        return keys;
    }

    private static void addHalves(Set<String> keys, String token, int half, String rest) {
        keys.add(LookupKeys.name(FRONT_HALF_MARK + token.substring(0, half) + " " + rest));
        keys.add(LookupKeys.name(BACK_HALF_MARK + token.substring(token.length() - half) + " " + rest));
    }

    /** The name without {@code token}: its other distinctive tokens, or else its generic ones. */
    private static String rest(String[] sortedTokens, String[] distinctive, String token) {
        StringBuilder rest = new StringBuilder();
        for (String other : distinctive) {
            if (!other.equals(token)) {
                rest.append(rest.length() == 0 ? "" : " ").append(other);
            }
        }
        if (rest.length() == 0) {
            for (String other : sortedTokens) {
                if (!other.equals(token) && !isDistinctive(other)) {
                    rest.append(rest.length() == 0 ? "" : " ").append(other);
                }
            }
        }
        return rest.toString();
    }

    /**
     * The full and skeleton keys of {@code tokens} (none when it has no tokens): every recipient
     * filed under them bears the name itself (up to word order, or spelling), so only place tells
     * them apart.
     */
    public static List<String> ownNameKeys(String[] tokens) {
        String[] all = keyTokens(tokens);
        return all.length == 0 ? List.of() : List.of(block(Arrays.asList(all)), skeletonBlock(tokens));
    }

    /**
     * The single token a name key stands for, or null when the key is not a one-token name key;
     * the posting size of such a key approximates that token's document frequency.
     */
    public static String singleToken(String key) {
        if (!LookupKeys.isNameKey(key)) {
            return null;
        }
        String body = key.substring(LookupKeys.NAME_PREFIX.length());
        return body.isEmpty() || body.startsWith(PREFIX_MARK) || body.startsWith(SKELETON_MARK)
                || body.indexOf(' ') >= 0 ? null : body;
    }

    private static String[] keyTokens(String[] tokens) {
        String[] kept = new String[tokens.length];
        int n = 0;
        for (String token : tokens) {
            if (!GenericWords.isConnector(token)) {
                kept[n++] = token;
            }
        }
        Arrays.sort(kept, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || !kept[i].equals(kept[distinct - 1])) {
                kept[distinct++] = kept[i];
            }
        }
        return distinct == kept.length ? kept : Arrays.copyOf(kept, distinct);
    }

    private static String[] distinctive(String[] sortedTokens) {
        String[] kept = new String[sortedTokens.length];
        int n = 0;
        for (String token : sortedTokens) {
            if (isDistinctive(token)) {
                kept[n++] = token;
            }
        }
        return n == kept.length ? kept : Arrays.copyOf(kept, n);
    }

    private static boolean isDistinctive(String token) {
        return token.length() > 1 && !GenericWords.isGeneric(token);
    }

    private static String block(List<String> sortedTokens) {
        return LookupKeys.name(String.join(" ", sortedTokens));
    }

    /**
     * The name's words run together in their written order, vowels dropped (but a leading one) and
     * repeated letters collapsed: a lost or added word break, a vowel slip, a doubled letter or a
     * vowel swapped with its neighbour all leave it unchanged.
     */
    static String skeletonBlock(String[] tokens) {
        int length = SKELETON_MARK.length();
        for (String token : tokens) {
            length += token.length();
        }
        StringBuilder body = new StringBuilder(length).append(SKELETON_MARK);
        for (String token : tokens) {
            if (GenericWords.isConnector(token)) {
                continue;
            }
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                boolean vowel = "AEIOU".indexOf(c) >= 0;
                boolean first = body.length() == SKELETON_MARK.length();
                if ((first || !vowel) && body.charAt(body.length() - 1) != c) {
                    body.append(c);
                }
            }
        }
        return LookupKeys.name(body.toString());
    }

    private static String prefixBlock(String[] sortedDistinctive) {
        StringBuilder body = new StringBuilder(PREFIX_MARK);
        for (int i = 0; i < Math.min(2, sortedDistinctive.length); i++) {
            String t = sortedDistinctive[i];
            body.append(i == 0 ? "" : " ").append(t, 0, Math.min(PREFIX_LENGTH, t.length()));
        }
        return LookupKeys.name(body.toString());
    }
}

package dev.sbirenrich.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a company name into canonical tokens so that spellings of one legal name meet.
 *
 * <p>Steps, in order: accent folding and uppercase; a trailing "DBA ..." clause is dropped (the
 * legal name is what the reference holds); dotted letters collapse ({@code L.L.C.} -> LLC);
 * {@code &} and {@code +} become AND; apostrophes vanish without splitting ({@code O'BRIEN} ->
 * OBRIEN); other punctuation separates tokens; a leading THE goes; trailing legal designators,
 * THE and a dangling AND are stripped repeatedly ({@code MONARCO GROUP LLC, THE} -> MONARCO GROUP)
 * but never in the middle ({@code Co-Operative Research Co.} -> CO OPERATIVE RESEARCH); a name is
 * never stripped to nothing. Finally abbreviations and singular/plural spellings of common words
 * are mapped to one canonical form per family, always the long plural where one exists:
 * TECH/TECHNOLOGY -> TECHNOLOGIES, SYS/SYSTEM -> SYSTEMS, LAB/LABS/LABORATORY -> LABORATORIES,
 * INTL -> INTERNATIONAL, ASSOC -> ASSOCIATES, ENG/ENGR -> ENGINEERING, MFG -> MANUFACTURING,
 * SVCS/SERVICE -> SERVICES, SOLNS/SOLUTION -> SOLUTIONS; BIOTECH -> BIOTECHNOLOGY (see ABBREVIATIONS).
 * Whole-name placeholders such as {@code nan} yield no tokens, so they can never match.
 */
public final class NameNormalizer {
    private static final String[] NO_TOKENS = new String[0];

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** A "doing business as" clause after at least one word; "DBA SYSTEMS INC" alone is a name. */
    private static final Pattern DBA = Pattern.compile(
            "[\\s,;(]+(?:D\\s*/\\s*B\\s*/\\s*A|D\\.\\s*B\\.\\s*A\\.?|DBA)(?![\\p{L}\\p{N}]).*$", Pattern.DOTALL);
    /** Single letters joined by dots: L.L.C., I.N.C., U.S.A. */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?:\\.\\p{L})+\\.?(?![\\p{L}\\p{N}])");

    /** Trailing designators as token sequences; longer sequences are tried first. */
    private static final List<String[]> TRAILING = designators(
            "LIMITED LIABILITY COMPANY", "LIMITED LIABILITY CO", "LIMITED LIABILITY PARTNERSHIP",
            "LIMITED PARTNERSHIP", "L L C", "L L P", "P L L C", "P C", "P A", "L P",
            "INC", "INCORPORATED", "LLC", "LC", "CORP", "CORPORATION", "CO", "COMPANY", "COS", "LTD", "LIMITED",
            "LP", "LLP", "LLLP", "PLC", "PC", "PLLC", "PA", "PSC", "PBC", "CHTD", "CHARTERED", "NA",
            "GMBH", "AG", "KG", "SA", "SAS", "SARL", "SRL", "SPA", "NV", "BV", "AB", "AS", "OY", "PTY", "PTE",
            "ULC", "THE", "AND");

    /** The last token of every trailing designator: a name ending otherwise has none to strip. */
    private static final Set<String> DESIGNATOR_ENDINGS = TRAILING.stream().map(d -> d[d.length - 1])
            .collect(Collectors.toUnmodifiableSet());

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("TECH", "TECHNOLOGIES"), Map.entry("TECHS", "TECHNOLOGIES"),
            Map.entry("TECHNOLOGY", "TECHNOLOGIES"), Map.entry("TECHNOLOGIE", "TECHNOLOGIES"),
            Map.entry("SYS", "SYSTEMS"), Map.entry("SYST", "SYSTEMS"), Map.entry("SYSTEM", "SYSTEMS"),
            Map.entry("INTL", "INTERNATIONAL"), Map.entry("INTERNATL", "INTERNATIONAL"),
            Map.entry("LAB", "LABORATORIES"), Map.entry("LABS", "LABORATORIES"),
            Map.entry("LABORATORY", "LABORATORIES"),
            Map.entry("ASSOC", "ASSOCIATES"), Map.entry("ASSOCS", "ASSOCIATES"), Map.entry("ASSOCIATE", "ASSOCIATES"),
            Map.entry("ASSN", "ASSOCIATION"),
            Map.entry("ENG", "ENGINEERING"), Map.entry("ENGR", "ENGINEERING"), Map.entry("ENGRG", "ENGINEERING"),
            Map.entry("ENGG", "ENGINEERING"),
            Map.entry("MFG", "MANUFACTURING"),
            Map.entry("SVC", "SERVICES"), Map.entry("SVCS", "SERVICES"), Map.entry("SERV", "SERVICES"),
            Map.entry("SERVICE", "SERVICES"),
            Map.entry("SOLN", "SOLUTIONS"), Map.entry("SOLNS", "SOLUTIONS"), Map.entry("SOLUTION", "SOLUTIONS"),
            Map.entry("SCI", "SCIENCES"), Map.entry("SCIENCE", "SCIENCES"),
            Map.entry("MGMT", "MANAGEMENT"), Map.entry("MGT", "MANAGEMENT"),
            Map.entry("NATL", "NATIONAL"), Map.entry("GRP", "GROUP"), Map.entry("CTR", "CENTER"),
            Map.entry("CENTRE", "CENTER"), Map.entry("INST", "INSTITUTE"), Map.entry("UNIV", "UNIVERSITY"),
            Map.entry("INDS", "INDUSTRIES"), Map.entry("INDUSTRY", "INDUSTRIES"),
            Map.entry("ENTERPRISE", "ENTERPRISES"), Map.entry("PRODUCT", "PRODUCTS"),
            Map.entry("DEVICE", "DEVICES"), Map.entry("PARTNER", "PARTNERS"),
            Map.entry("INNOVATION", "INNOVATIONS"), Map.entry("ELECTRONIC", "ELECTRONICS"),
            Map.entry("COMMUNICATION", "COMMUNICATIONS"), Map.entry("COMMS", "COMMUNICATIONS"),
            Map.entry("ANALYTIC", "ANALYTICS"), Map.entry("PHARMA", "PHARMACEUTICALS"),
            Map.entry("PHARMACEUTICAL", "PHARMACEUTICALS"),
            Map.entry("BIOTECH", "BIOTECHNOLOGY"), Map.entry("BIOTECHNOLOGIES", "BIOTECHNOLOGY"),
            Map.entry("RES", "RESEARCH"), Map.entry("DEV", "DEVELOPMENT"), Map.entry("DEVEL", "DEVELOPMENT"),
            Map.entry("ADV", "ADVANCED"), Map.entry("AMER", "AMERICA"), Map.entry("ENV", "ENVIRONMENTAL"),
            Map.entry("ENVIRO", "ENVIRONMENTAL"), Map.entry("INSTR", "INSTRUMENTS"), Map.entry("INSTRS", "INSTRUMENTS"),
            Map.entry("INSTRUMENT", "INSTRUMENTS"), Map.entry("ENT", "ENTERPRISES"), Map.entry("ENTS", "ENTERPRISES"),
            Map.entry("ELEC", "ELECTRONICS"), Map.entry("CONSLT", "CONSULTING"), Map.entry("CONSULT", "CONSULTING"),
            Map.entry("PRODS", "PRODUCTS"), Map.entry("NETWKS", "NETWORKS"), Map.entry("NTWKS", "NETWORKS"),
            Map.entry("NETWORK", "NETWORKS"), Map.entry("BIOMED", "BIOMEDICAL"), Map.entry("MICROSYS", "MICROSYSTEMS"),
            Map.entry("AERO", "AEROSPACE"), Map.entry("APPL", "APPLIED"), Map.entry("INTEG", "INTEGRATED"));

    private NameNormalizer() {}

    /** Every abbreviation and variant spelling the normalizer rewrites, with the canonical word it becomes. */
    static Map<String, String> abbreviations() {
        return ABBREVIATIONS;
    }

    /** Canonical tokens of a company name; empty for null, blank or placeholder names. */
    public static String[] tokens(String name) {
        if (Identifiers.isNullMarker(name)) {
            return NO_TOKENS;
        }
        String text = fold(name);
        if (mayHoldDba(text)) {
            text = DBA.matcher(text).replaceFirst("");
        }
        text = collapseDotted(text);
        List<String> tokens = split(text);
        if (tokens.size() > 1 && tokens.get(0).equals("THE")) {
            tokens.remove(0);
        }
        stripTrailingDesignators(tokens);
        String[] result = new String[tokens.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = ABBREVIATIONS.getOrDefault(tokens.get(i), tokens.get(i));
        }
        return result;
    }

    /** The canonical tokens joined by single spaces; "" when the name has none. */
    public static String normalize(String name) {
        return String.join(" ", tokens(name));
    }

    /** The tokens of a name {@link #normalize} joined: empty for null or "". */
    public static String[] splitNormalized(String joined) {
        return joined == null || joined.isEmpty() ? NO_TOKENS : joined.split(" ");
    }

    /**
     * Accent-folded, uppercased words of any free text (punctuation separates, apostrophes vanish),
     * without company-name rules; used for city names.
     */
    public static List<String> words(String text) {
        return split(collapseDotted(fold(text)));
    }

    private static String fold(String text) {
        // ASCII has no accents to fold: most names skip the decomposition and its regex.
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                        .toUpperCase(Locale.ROOT);
            }
        }
        return text.toUpperCase(Locale.ROOT);
    }

    /** Whether {@link #DBA} can match: a D followed by BA, or by a slash or dot after optional blanks. */
    private static boolean mayHoldDba(String text) {
        for (int d = text.indexOf('D'); d >= 0; d = text.indexOf('D', d + 1)) {
            if (text.startsWith("BA", d + 1)) {
                return true;
            }
            int next = d + 1;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next < text.length() && (text.charAt(next) == '/' || text.charAt(next) == '.')) {
                return true;
            }
        }
        return false;
    }

    private static String collapseDotted(String text) {
        if (text.indexOf('.') < 0) {
            return text;
        }
        Matcher m = DOTTED.matcher(text);
        return m.replaceAll(r -> r.group().replace(".", ""));
    }

    private static List<String> split(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                current.append(c);
            } else if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`') {
                // O'BRIEN is one word; splitting would leave a stray "O".
            } else {
                flush(current, tokens);
                if (c == '&' || c == '+') {
                    tokens.add("AND");
                }
            }
        }
        flush(current, tokens);
        return tokens;
    }

    private static void flush(StringBuilder current, List<String> tokens) {
        if (current.length() > 0) {
            tokens.add(current.toString());
            current.setLength(0);
        }
    }

    private static void stripTrailingDesignators(List<String> tokens) {
        boolean stripped = true;
        while (stripped && tokens.size() > 1 && DESIGNATOR_ENDINGS.contains(tokens.get(tokens.size() - 1))) {
            stripped = false;
            for (String[] designator : TRAILING) {
                if (tokens.size() > designator.length && endsWith(tokens, designator)) {
                    tokens.subList(tokens.size() - designator.length, tokens.size()).clear();
                    stripped = true;
                    break;
                }
            }
        }
    }

    private static boolean endsWith(List<String> tokens, String[] tail) {
        int offset = tokens.size() - tail.length;
        for (int i = 0; i < tail.length; i++) {
            if (!tokens.get(offset + i).equals(tail[i])) {
                return false;
            }
        }
        return true;
    }

    private static List<String[]> designators(String... spellings) {
        List<String[]> list = new ArrayList<>();
        for (String s : spellings) {
            list.add(s.split(" "));
        }
        list.sort((a, b) -> b.length - a.length);
        return List.copyOf(list);
    }
}

package dev.sbirenrich.datagen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Writes a legal name the way an award form might: suffix changed, abbreviated, reordered... ({@link Typo} misspells). */
final class NameNoise {
    private static final Map<String, String[]> SUFFIX_VARIANTS = Map.ofEntries(
            Map.entry("INC", new String[] {"INC.", "INCORPORATED", ""}),
            Map.entry("INC.", new String[] {"INC", "INCORPORATED", ""}),
            Map.entry("INCORPORATED", new String[] {"INC", "INC."}),
            Map.entry("LLC", new String[] {"L.L.C.", "LLC.", ""}),
            Map.entry("L.L.C.", new String[] {"LLC", ""}),
            Map.entry("CORP", new String[] {"CORPORATION", "CORP.", ""}),
            Map.entry("CORPORATION", new String[] {"CORP", "CORP.", ""}),
            Map.entry("CO", new String[] {"COMPANY", "CO."}),
            Map.entry("COMPANY", new String[] {"CO", "CO."}),
            Map.entry("LTD", new String[] {"LIMITED", "LTD."}),
            Map.entry("LP", new String[] {"L.P."}),
            Map.entry("PLLC", new String[] {"P.L.L.C."}));
    private static final String[] ADDED_SUFFIX = {"INC", "LLC", "CORP"};

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("TECHNOLOGIES", "TECH"), Map.entry("TECHNOLOGY", "TECH"), Map.entry("SYSTEMS", "SYS"),
            Map.entry("INTERNATIONAL", "INTL"), Map.entry("ENGINEERING", "ENGRG"), Map.entry("LABORATORIES", "LABS"),
            Map.entry("ASSOCIATES", "ASSOC"), Map.entry("MANAGEMENT", "MGMT"), Map.entry("SERVICES", "SVCS"),
            Map.entry("RESEARCH", "RES"), Map.entry("SOLUTIONS", "SOLNS"), Map.entry("DEVELOPMENT", "DEV"),
            Map.entry("MANUFACTURING", "MFG"), Map.entry("SCIENCES", "SCI"), Map.entry("ADVANCED", "ADV"),
            Map.entry("AMERICA", "AMER"), Map.entry("ENVIRONMENTAL", "ENV"), Map.entry("INSTRUMENTS", "INSTR"),
            Map.entry("INDUSTRIES", "INDS"), Map.entry("ENTERPRISES", "ENT"), Map.entry("ELECTRONICS", "ELEC"),
            Map.entry("CONSULTING", "CONSLT"), Map.entry("PRODUCTS", "PRODS"), Map.entry("NETWORKS", "NETWKS"),
            Map.entry("BIOMEDICAL", "BIOMED"), Map.entry("MICROSYSTEMS", "MICROSYS"), Map.entry("AEROSPACE", "AERO"),
            Map.entry("APPLIED", "APPL"), Map.entry("NATIONAL", "NATL"), Map.entry("INTEGRATED", "INTEG"));
    private static final String[] DBA_FORMS = {" DBA ", " D/B/A ", " DBA: ", " D.B.A. "};

    private NameNoise() {}

    /** The name with {@code kind} applied, upper case; null when the kind cannot apply to this name. */
    static String apply(NoiseKind kind, CompanyName name, String tradeName, SplittableRandom rng) {
        return switch (kind) {
            case SUFFIX -> changeSuffix(name, rng);
            case PUNCTUATION -> punctuate(name, rng);
            case AMPERSAND -> swapAmpersand(name);
            case ABBREVIATION -> abbreviate(name, rng);
            case WORD_ORDER -> swapWords(name, rng);
            case LEADING_THE -> name.theAtEnd()
                    ? "THE " + new CompanyName(name.core(), name.suffix(), name.commaBeforeSuffix(), false).render()
                    : "THE " + name.render();
            case DBA -> name.render() + DBA_FORMS[rng.nextInt(DBA_FORMS.length)] + tradeName;
            default -> name.render();
        };
    }

    private static String changeSuffix(CompanyName name, SplittableRandom rng) {
        String[] variants = name.suffix() == null ? ADDED_SUFFIX : SUFFIX_VARIANTS.get(name.suffix());
        if (variants == null) {
            return name.withSuffix(null, false).render();
        }
        String variant = variants[rng.nextInt(variants.length)];
        return name.withSuffix(variant.isEmpty() ? null : variant, rng.nextInt(3) == 0).render();
    }

    private static String punctuate(CompanyName name, SplittableRandom rng) {
        String[] core = name.core();
        if (core.length >= 2 && !"&".equals(core[0]) && !"&".equals(core[1]) && rng.nextBoolean()) {
            String[] joined = new String[core.length - 1];
            joined[0] = core[0] + (rng.nextBoolean() ? "-" : "") + core[1];
            System.arraycopy(core, 2, joined, 1, core.length - 2);
            return name.withCore(joined).render();
        }
        if (name.suffix() == null) {
            return name.render() + ".";
        }
        String suffix = name.suffix().endsWith(".") ? name.suffix() : name.suffix() + ".";
        return name.withSuffix(suffix, !name.commaBeforeSuffix()).render();
    }

    private static String swapAmpersand(CompanyName name) {
        String[] core = name.core().clone();
        for (int i = 0; i < core.length; i++) {
            if ("&".equals(core[i]) || "AND".equals(core[i])) {
                core[i] = "&".equals(core[i]) ? "AND" : "&";
                return name.withCore(core).render();
            }
        }
        return null;
    }

    private static String abbreviate(CompanyName name, SplittableRandom rng) {
        String[] core = name.core().clone();
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < core.length; i++) {
            if (ABBREVIATIONS.containsKey(core[i])) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        int at = candidates.get(rng.nextInt(candidates.size()));
        core[at] = ABBREVIATIONS.get(core[at]);
        return name.withCore(core).render();
    }

    private static String swapWords(CompanyName name, SplittableRandom rng) {
        String[] core = name.core().clone();
        if (core.length < 2 || core.length == 3 && "&".equals(core[1])) {
            return null;
        }
        int at = rng.nextInt(core.length - 1);
        if ("&".equals(core[at]) || "&".equals(core[at + 1])) {
            at = 0;
        }
        String first = core[at];
        core[at] = core[at + 1];
        core[at + 1] = first;
        return name.withCore(core).render();
    }

    /** SBIR.gov writes most names in mixed case: "Acme Robotics, Inc.". */
    static String titleCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean wordStart = true;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            out.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = !Character.isLetterOrDigit(c) && c != '\'';
        }
        String cased = out.toString();
        // Designators that stay upper case in practice.
        return cased.replace("Llc", "LLC").replace("Pllc", "PLLC");
    }
}

package dev.sbirenrich.datagen;

/**
 * A company name in parts, so noise can change one part (the suffix, a word) and leave the rest.
 *
 * @param core distinctive and generic words, "&" kept as its own token
 * @param suffix legal designator (INC, LLC...) or null
 * @param commaBeforeSuffix "ACME, INC" rather than "ACME INC"
 * @param theAtEnd "MONARCO GROUP LLC, THE", as USAspending files some names
 */
record CompanyName(String[] core, String suffix, boolean commaBeforeSuffix, boolean theAtEnd) {

    CompanyName withSuffix(String newSuffix, boolean comma) {
        return new CompanyName(core, newSuffix, comma, theAtEnd);
    }

    CompanyName withCore(String[] newCore) {
        return new CompanyName(newCore, suffix, commaBeforeSuffix, theAtEnd);
    }

    String render() {
        StringBuilder out = new StringBuilder(48);
        for (int i = 0; i < core.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(core[i]);
        }
        if (suffix != null) {
            out.append(commaBeforeSuffix ? ", " : " ").append(suffix);
        }
        if (theAtEnd) {
            out.append(", THE");
        }
        return out.toString();
    }
}

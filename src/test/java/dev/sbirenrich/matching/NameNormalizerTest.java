package dev.sbirenrich.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // legal suffixes, only when trailing, repeatedly
        "Acme Robotics, Inc.|ACME ROBOTICS",
        "ACME ROBOTICS INC|ACME ROBOTICS",
        "Acme Robotics Incorporated|ACME ROBOTICS",
        "MixedCase Widgets LLC|MIXEDCASE WIDGETS",
        "Acme Widgets, L.L.C.|ACME WIDGETS",
        "Acme Widgets L L C|ACME WIDGETS",
        "Acme Widgets I.N.C.|ACME WIDGETS",
        "Acme Holdings Co., Ltd.|ACME HOLDINGS",
        "Acme Widgets Limited Liability Company|ACME WIDGETS",
        "Siemens GmbH|SIEMENS",
        "Co-Operative Research Co.|CO OPERATIVE RESEARCH",
        "Corp Solutions Inc|CORP SOLUTIONS",
        // THE leading or trailing
        "MONARCO GROUP LLC, THE|MONARCO GROUP",
        "The Ironclad Security|IRONCLAD SECURITY",
        // & and + become AND; a dangling AND after a stripped designator goes
        "Tech & Innovation (USA) Inc.|TECHNOLOGIES AND INNOVATIONS USA",
        "TECH AND INNOVATION USA INC|TECHNOLOGIES AND INNOVATIONS USA",
        "R+D Systems|R AND D SYSTEMS",
        "Smith & Co.|SMITH",
        // punctuation and apostrophes
        "O'Brien Engineering L.L.C.|OBRIEN ENGINEERING",
        "RIDE ON ST. LOUIS, INC.|RIDE ON ST LOUIS",
        "Acme-Robotics/Widgets|ACME ROBOTICS WIDGETS",
        // accents
        "Café Systèmes|CAFE SYSTEMES",
        "Cafe Systemes Inc|CAFE SYSTEMES",
        // DBA clauses keep the legal part; a name that starts with DBA is a name
        "Acme Tech Inc DBA Widgets R Us|ACME TECHNOLOGIES",
        "Acme Tech Inc, d/b/a Widgets|ACME TECHNOLOGIES",
        "Acme Tech Inc D.B.A. Widgets|ACME TECHNOLOGIES",
        "DBA Systems Inc|DBA SYSTEMS",
        // abbreviation families meet on one canonical form
        "Acme Tech|ACME TECHNOLOGIES",
        "Acme Technology|ACME TECHNOLOGIES",
        "Orion Data Sys|ORION DATA SYSTEMS",
        "Pinnacle Labs|PINNACLE LABORATORIES",
        "Pinnacle Laboratory|PINNACLE LABORATORIES",
        "Acme Intl|ACME INTERNATIONAL",
        "Acme Int'l|ACME INTERNATIONAL",
        "Smith Assoc|SMITH ASSOCIATES",
        "Smith Engr|SMITH ENGINEERING",
        "Smith Mfg|SMITH MANUFACTURING",
        "Smith Svcs|SMITH SERVICES",
        "Smith Solns|SMITH SOLUTIONS",
        "Redwood Biotech|REDWOOD BIOTECHNOLOGY",
        // never stripped to nothing
        "Inc|INC",
        "The Company|COMPANY",
        "L.L.C.|LLC",
    })
    void normalizes(String raw, String expected) {
        assertThat(NameNormalizer.normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "nan", "N/A", "NULL", "\\N"})
    void placeholderNamesHaveNoTokens(String raw) {
        assertThat(NameNormalizer.tokens(raw)).isEmpty();
        assertThat(NameNormalizer.normalize(raw)).isEmpty();
    }

    @Test
    void variantsOfOneCompanyMeet() {
        assertThat(NameNormalizer.normalize("mixedcase widgets"))
                .isEqualTo(NameNormalizer.normalize("MixedCase Widgets LLC"))
                .isEqualTo(NameNormalizer.normalize("MIXEDCASE WIDGETS"));
        assertThat(NameNormalizer.normalize("Quantum Wave Technologies"))
                .isEqualTo(NameNormalizer.normalize("QUANTUM WAVE TECH, INC."));
    }

    @Test
    void wordsFoldsFreeTextWithoutCompanyRules() {
        assertThat(NameNormalizer.words("St. Louis Co")).containsExactly("ST", "LOUIS", "CO");
        assertThat(NameNormalizer.words("Coeur d'Alène")).containsExactly("COEUR", "DALENE");
    }
}

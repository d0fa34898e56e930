package dev.sbirenrich.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameBlockerTest {

    private static Set<String> keys(String name) {
        return Set.of(NameBlocker.blockingKeys(NameNormalizer.tokens(name)));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "suffix|Quantum Wave Technologies, Inc.|Quantum Wave Technologies LLC",
        "punctuation|Quantum Wave Technologies, Inc.|Quantum-Wave Technologies Inc",
        "ampersand|Smith and Wesson Robotics|Smith & Wesson Robotics",
        "abbreviation|Quantum Wave Technologies, Inc.|Quantum Wave Tech",
        "word order|Quantum Wave Technologies, Inc.|Wave Quantum Technologies",
        "typo in one token|Quantum Wave Technologies, Inc.|Quantum Wabe Technologies",
        "typo in the other token|Quantum Wave Technologies, Inc.|Qantum Wave Technologies",
        "typo in single distinctive token|Northstar Photonics|Northstra Photonics",
        "typo among many tokens|Blue Ridge Mountain Robotics Consulting|Blue Ridge Mountian Robotics Consulting",
        "leading THE|Ironclad Security|The Ironclad Security",
        "trailing THE|MONARCO GROUP|MONARCO GROUP LLC, THE",
        "DBA clause|Helios Energy Solutions Inc|Helios Energy Solutions Inc DBA Sunbeam",
        "generic word added|Acme Robotics, Inc.|Acme Robotics International LLC",
        "generic word changed|Quantum Wave Technologies|Quantum Wave Systems",
        "accents|Café Systèmes|Cafe Systemes Inc",
        "spaced designator|Acme Widgets L L C|ACME WIDGETS",
        "words run together|Brian Carter|BRIANCARTER",
        "word break in a long name|Horizon Aurora Optics Inc|HORIZONAURORA OPTICS",
        "vowel typo in an all-generic name|Advanced Systems|Advanced Systams",
        "doubled letter in the only distinctive token|Mavision Cyber Inc|MAVVISION CYBER INC",
        "vowel swapped with a consonant|Palmetto County Hospital|PLAMETTO COUNTY HOSPITAL",
    })
    void variantSharesAKeyWithTheLegalName(String kind, String legal, String variant) {
        assertThat(keys(variant)).as(kind).containsAnyElementsOf(keys(legal));
    }

    @Test
    void companiesSharingOnlyGenericWordsShareNoKey() {
        assertThat(keys("Orion Data Systems")).doesNotContainAnyElementsOf(keys("Apex Data Systems"));
        assertThat(keys("Helios Energy Solutions")).doesNotContainAnyElementsOf(keys("Summit Energy Solutions"));
        assertThat(keys("Advanced Technologies Group")).doesNotContainAnyElementsOf(keys("Advanced Systems Group"));
    }

    @Test
    void keysAreNamePrefixedAndAllButTheSkeletonIndependentOfTokenOrder() {
        String[] keys = NameBlocker.blockingKeys(new String[] {"WAVE", "QUANTUM", "TECHNOLOGIES"});
        String[] reordered = NameBlocker.blockingKeys(new String[] {"QUANTUM", "TECHNOLOGIES", "WAVE"});
        assertThat(keys).allMatch(LookupKeys::isNameKey).containsExactlyInAnyOrder(
                "N|QUANTUM TECHNOLOGIES WAVE", "N|QUANTUM WAVE", "N|QUANTUM", "N|WAVE", "N|=WVQNTMTCHNLGS");
        assertThat(reordered).contains("N|=QNTMTCHNLGSWV")
                .containsAll(Arrays.stream(keys).filter(k -> !k.startsWith("N|=")).toList());
    }

    @Test
    void keyKindsFollowTheNumberOfDistinctiveTokens() {
        assertThat(keys("Advanced Systems")).containsExactlyInAnyOrder("N|ADVANCED SYSTEMS", "N|=ADVNCDSYSTMS");
        assertThat(keys("Robotics Inc")).containsExactlyInAnyOrder("N|ROBOTICS", "N|~ROBO", "N|=RBTCS");
        assertThat(keys("Orion Data Systems"))
                .containsExactlyInAnyOrder("N|DATA ORION SYSTEMS", "N|ORION", "N|~ORIO", "N|=ORNDTSYSTMS");
        assertThat(keys("Blue Ridge Mountain Robotics")).containsExactlyInAnyOrder(
                "N|BLUE MOUNTAIN RIDGE ROBOTICS", "N|~BLUE MOUN", "N|=BLRDGMNTNRBTCS");
        assertThat(keys("Smith of Virginia"))
                .containsExactlyInAnyOrder("N|SMITH VIRGINIA", "N|SMITH", "N|VIRGINIA", "N|=SMTHVRGN");
    }

    @Test
    void emptyAndConnectorOnlyNamesHaveNoKeys() {
        assertThat(NameBlocker.blockingKeys(new String[0])).isEmpty();
        assertThat(keys("nan")).isEmpty();
        assertThat(NameBlocker.blockingKeys(new String[] {"AND", "OF"})).isEmpty();
    }

    @Test
    void averageKeyCountStaysWithinBudget() {
        List<String> names = List.of(
                "Acme Robotics, Inc.", "Techtron Devices LLC", "Nova Therapeutics Inc", "Stellar Optics Corp",
                "Pinnacle Labs", "Blue River Analytics", "Delta Marine Engineering", "Orion Data Systems",
                "Ironclad Security", "Cascade Microsystems", "Summit Aerospace", "Vector Dynamics",
                "Falcon Robotics", "Zephyr Analytics", "Cafe Systemes Inc", "MixedCase Widgets LLC",
                "Quantum Wave Technologies", "Helios Energy Solutions", "Redwood Biotech", "Apex Instruments",
                "Granite Materials", "Northstar Photonics", "Nimbus Cloud Services", "SIMVENTIONS INC",
                "GATR TECHNOLOGIES, INC.", "CORVID TECHNOLOGIES, LLC", "K & K CONSTRUCTION SUPPLY INC",
                "NEW ADVANCES FOR PEOPLE WITH DISABILITIES", "MONARCO GROUP LLC, THE", "PELEPOST EXPRESS CARGO",
                "RIDE ON ST. LOUIS, INC.");
        double average = names.stream().mapToInt(n -> keys(n).size()).average().orElseThrow();
        assertThat(average).isLessThanOrEqualTo(5.0);
    }

    @Test
    void singleTokenTellsWhichKeysStandForOneToken() {
        assertThat(NameBlocker.singleToken("N|ACME")).isEqualTo("ACME");
        assertThat(Stream.of("N|ACME ROBOTICS", "N|~ROBO", "N|=RBTCS", "U|N5Z3JQIP98Q1", "D|082185679")
                        .map(NameBlocker::singleToken).collect(Collectors.toList()))
                .containsOnlyNulls();
        assertThat(Arrays.stream(keys("Robotics Inc").toArray(String[]::new)).map(NameBlocker::singleToken))
                .containsExactlyInAnyOrder("ROBOTICS", null, null);
    }

    @Test
    void everySingleEditOfADistinctiveWordStillSharesAHalfKeyExceptASwapAcrossTheMiddle() {
        String company = "XYGURICA LASER CORP";
        Set<String> filed = Set.of(NameBlocker.halfKeys(NameNormalizer.tokens(company)));
        String word = "XYGURICA";
        int missed = 0;
        int edits = 0;
        for (String typo : singleEdits(word)) {
            edits++;
            List<String> probes = NameBlocker.halfProbes(NameNormalizer.tokens(company.replace(word, typo)));
            if (probes.stream().noneMatch(filed::contains)) {
                missed++;
                assertThat(typo).as("only a swap across the middle loses both halves").isEqualTo("XYGRUICA");
            }
        }
        assertThat(edits).isEqualTo(31);
        assertThat(missed).isEqualTo(1);
    }

    @Test
    void aTypoInAGenericWordOfANameWithOneDistinctiveWordStillSharesAHalfKey() {
        // The typo makes INNOVATIONS an unknown, distinctive word; GARCIA alone is too common to select.
        String company = "GARCIA INNOVATIONS CORP";
        Set<String> filed = Set.of(NameBlocker.halfKeys(NameNormalizer.tokens(company)));
        int missed = 0;
        for (String typo : singleEdits("INNOVATIONS")) {
            List<String> probes = NameBlocker.halfProbes(NameNormalizer.tokens(company.replace("INNOVATIONS", typo)));
            if (probes.stream().noneMatch(filed::contains)) {
                missed++;
            }
        }
        assertThat(missed).as("only swaps across the middle, or edits that still spell a generic word")
                .isLessThanOrEqualTo(2);
        assertThat(NameBlocker.halfKeys(NameNormalizer.tokens("KORVIN STRATEGIC INNOVATIONS")))
                .as("two distinctive words: their drop-one keys survive a typo in the generic one")
                .noneMatch(key -> key.contains("INNOV"));
    }

    @Test
    void aTypoInACommonWordIsProbedWithTheNameRespelled() {
        String[] company = NameNormalizer.tokens("STRATEGIC PHOTONICS TOTHKIRKIX TECHNOLOGY LLC");
        List<String> probes = NameBlocker.respelledKeys(NameNormalizer.tokens("Strategic Photonics Tothkirkix Mechnology"));

        assertThat(probes).as("the company's own full and skeleton keys")
                .containsAll(NameBlocker.ownNameKeys(company));
        assertThat(NameBlocker.respelledKeys(NameNormalizer.tokens("Strategic Photonics Tothkirkix Technology")))
                .as("nothing to respell").doesNotContainAnyElementsOf(NameBlocker.ownNameKeys(company));
    }

    @Test
    void halvesCarryTheRestOfTheNameSoACommonWordAloneSelectsNothing() {
        assertThat(NameBlocker.halfKeys(NameNormalizer.tokens("XYGURICA LASER CORP")))
                .contains("N|<XYGU LASER", "N|>RICA LASER", "N|<LA XYGURICA", "N|>ER XYGURICA");
        assertThat(NameBlocker.halfKeys(NameNormalizer.tokens("ACME"))).as("no rest, no halves").isEmpty();
        assertThat(NameBlocker.halfKeys(NameNormalizer.tokens("PROSOFT LABS")))
                .as("the generic words are the rest of a one-word name").contains("N|<PRO LABORATORIES");
    }

    /** Every dropped, doubled, swapped and replaced letter of {@code word} (replacements by X, or Q for an X). */
    private static List<String> singleEdits(String word) {
        List<String> edits = new java.util.ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            edits.add(word.substring(0, i) + word.substring(i + 1));
            edits.add(word.substring(0, i + 1) + word.substring(i));
            char other = word.charAt(i) == 'X' ? 'Q' : 'X';
            edits.add(word.substring(0, i) + other + word.substring(i + 1));
            if (i + 1 < word.length()) {
                edits.add(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
            }
        }
        return edits;
    }

}

package dev.sbirenrich.matching;

import static dev.sbirenrich.matching.TestRecipients.recipient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sbirenrich.model.Recipient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchScorerTest {
    private final MatchingSettings settings = new MatchingSettings();
    private final MatchScorer scorer = new MatchScorer(settings);
    private final TokenFrequencies noFrequencies = new TokenFrequencies(settings);

    private double score(String awardName, String state, Recipient candidate) {
        return score(awardName, null, state, null, candidate);
    }

    private double score(String awardName, String city, String state, String zip, Recipient candidate) {
        Place award = new Place(Locations.stateCode(state), Locations.city(city), Locations.zip5(zip), null);
        return scorer.score(NameNormalizer.tokens(awardName), award, candidate, noFrequencies);
    }

    @Test
    void equalNormalizedNamesInTheSameStateScoreNearOne() {
        Recipient acme = recipient("ACME ROBOTICS INC", null, "VA", 1);
        assertThat(score("Acme Robotics, Inc.", "Virginia", acme)).isGreaterThanOrEqualTo(0.95);
        Recipient full = recipient("ACME ROBOTICS INC", null, null, "ARLINGTON", "VA", "22201", 1);
        assertThat(score("Acme Robotics, Inc.", "Arlington", "Virginia", "22201-1234", full)).isEqualTo(1.0);
    }

    @Test
    void aSlipAtTheFrontOfAWordCountsAsNearlyTheWord() {
        String[] award = NameNormalizer.tokens("Alebarkwave Dynamics");
        String[] company = NameNormalizer.tokens("KLEBARKWAVE DYNAMICS");

        assertThat(JaroWinkler.similarityAtLeast("ALEBARKWAVE", "KLEBARKWAVE", settings.tokenSimilarityFloor))
                .as("Jaro-Winkler alone drops the pair").isZero();
        assertThat(scorer.nameSimilarity(award, company, noFrequencies)).isCloseTo((10.0 / 11 + 0.25) / 1.25, within(1e-9)); // DYNAMICS is generic: a quarter
        assertThat(scorer.nameSimilarity(NameNormalizer.tokens("Tgy Dynamics"), NameNormalizer.tokens("TGJ DYNAMICS"),
                noFrequencies)).as("three letters: another word, not a slip").isLessThan(0.5);
    }

    @Test
    void aTokenSubsetIsNotAMatch() {
        Recipient labs = recipient("LABS ROBOTICS SENSORS SOLUTIONS CORP", null, "CA", 1);
        double s = score("Robotics Inc", "California", labs);
        assertThat(s).isLessThan(settings.candidateScore);
        assertThat(scorer.nameSimilarity(new String[] {"ROBOTICS"},
                NameNormalizer.tokens("LABS ROBOTICS SENSORS SOLUTIONS CORP"), noFrequencies)).isLessThan(0.6);
    }

    @ParameterizedTest
    @CsvSource({"MICRO WAVE LABS, MICROWAVE LABS, true", "MICROWAVE, MICRO WAVES, false", "AB C, A BC, true",
            "ACME, ACME LABS, false", "ACME LABS, ACME, false"})
    void namesSpellingTheSameLettersAreTheSameName(String a, String b, boolean same) {
        assertThat(MatchScorer.sameLetters(a.split(" "), b.split(" "))).isEqualTo(same);
        assertThat(scorer.nameSimilarity(a.split(" "), b.split(" "), noFrequencies) == 1.0).isEqualTo(same);
    }

    @Test
    void genericWordsWeighLessThanDistinctiveOnes() {
        Recipient sharesGeneric = recipient("APEX DATA SYSTEMS", null, "VA", 1);
        Recipient sharesDistinctive = recipient("ORION CLOUD", null, "VA", 2);
        double generic = score("Orion Data Systems", "VA", sharesGeneric);
        double distinctive = score("Orion Data Systems", "VA", sharesDistinctive);
        assertThat(generic).isLessThan(0.5);
        assertThat(distinctive).isGreaterThan(generic);
    }

    @Test
    void knownRarityRaisesAWordAndKnownCommonnessLowersIt() {
        String[] award = NameNormalizer.tokens("Acme Quantum");
        Recipient candidate = recipient("QUANTUM WIDGETS", null, "VA", 1);
        TokenFrequencies quantumCommon = new TokenFrequencies(settings);
        quantumCommon.record("QUANTUM", 301);
        TokenFrequencies quantumRare = new TokenFrequencies(settings);
        quantumRare.record("QUANTUM", 2);
        assertThat(scorer.score(award, new Place("VA", null, null, null), candidate, quantumCommon))
                .isLessThan(scorer.score(award, new Place("VA", null, null, null), candidate, quantumRare));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Quantum Wave Technologies|QUANTUM WABE TECHNOLOGIES INC",
        "Northstar Photonics|NORTHSTRA PHOTONICS",
        "Cascade Microsystems Inc|CASCADE MICROSYSTMES",
    })
    void oneLetterTypoStillScoresHigh(String award, String recipientName) {
        assertThat(score(award, "VA", recipient(recipientName, null, "VA", 1)))
                .isGreaterThanOrEqualTo(settings.candidateScore);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Zephyr Analytics|ANALYTICS ZEPHYR",
        "StartUp AI Solutions|START UP AI SOLUTIONS",
        "Tech & Innovation (USA) Inc.|TECH AND INNOVATION USA INC",
        "Café Systèmes|CAFE SYSTEMES INC",
    })
    void spellingVariantsOfOneNameScoreAsEqual(String award, String recipientName) {
        assertThat(scorer.nameSimilarity(NameNormalizer.tokens(award), NameNormalizer.tokens(recipientName),
                noFrequencies)).isEqualTo(1.0);
    }

    @Test
    void differentCompaniesScoreLow() {
        assertThat(score("Aerospace Solutions LLC", "VA", recipient("DEFENSE CONTRACTORS INC", null, "VA", 1)))
                .isLessThan(0.3);
        assertThat(score("Medical Tech Solutions", "VA",
                recipient("TECHNOLOGY MEDICAL RESEARCH INSTITUTE", null, "VA", 1)))
                .isLessThan(settings.candidateScore);
    }

    @Test
    void locationSupportsButNeverLiftsAName() {
        Recipient here = recipient("ACME ROBOTICS INTERNATIONAL", null, null, "ARLINGTON", "VA", "22201", 1);
        String[] award = NameNormalizer.tokens("Acme Robotics");
        double name = scorer.nameSimilarity(award, NameNormalizer.tokens(here.legalBusinessName), noFrequencies);
        double nowhere = scorer.score(award, new Place(null, null, null, null), here, noFrequencies);
        double sameState = scorer.score(award, new Place("VA", null, null, null), here, noFrequencies);
        double everywhere = scorer.score(award, new Place("VA", "ARLINGTON", "22201", null), here, noFrequencies);
        assertThat(nowhere).isCloseTo(name * (1 - settings.locationWeight()), within(1e-12));
        assertThat(nowhere).isLessThan(sameState);
        assertThat(sameState).isLessThan(everywhere);
        assertThat(everywhere).isCloseTo(name, within(1e-12));

        Recipient poor = recipient("LABS ROBOTICS SENSORS SOLUTIONS CORP", null, null, "ARLINGTON", "VA", "22201", 2);
        Place arlington = new Place("VA", "ARLINGTON", "22201", null);
        assertThat(scorer.score(NameNormalizer.tokens("Robotics"), arlington, poor, noFrequencies))
                .isLessThan(settings.candidateScore);
    }

    @Test
    void aCityCountsOnlyWhenTheStreetLinesDoNotDifferOrTheZipAgrees() {
        Recipient here = TestRecipients.atStreet("ACME ROBOTICS", null, "12 MAIN ST", "AUSTIN", "TX", "78701", 1);
        String[] award = NameNormalizer.tokens("Acme Robotics");
        double stateOnly = scorer.score(award, new Place("TX", null, null, null), here, noFrequencies);
        double town = scorer.score(award, new Place("TX", "AUSTIN", null, null), here, noFrequencies);
        assertThat(town).as("no street line on the award").isGreaterThan(stateOnly);
        assertThat(scorer.score(award, new Place("TX", "AUSTIN", "78759", "400 LAKE DR"), here, noFrequencies))
                .as("another street in another zip5").isCloseTo(stateOnly, within(1e-12));
        assertThat(scorer.score(award, new Place("TX", "AUSTIN", "78701", "400 LAKE DR"), here, noFrequencies))
                .as("another street in the same zip5").isCloseTo(1.0, within(1e-12));
        assertThat(scorer.score(award, new Place("TX", "AUSTIN", null, "12 MAIN ST"), here, noFrequencies))
                .isCloseTo(town, within(1e-12));
    }

    @Test
    void emptyNamesScoreZero() {
        assertThat(score("nan", "VA", recipient("NAN", null, "VA", 1))).isZero();
        assertThat(score("Acme", "VA", recipient(null, null, "VA", 1))).isZero();
    }

    @Test
    void usesRawLegalNameWhenTokensWereNotFilled() {
        Recipient raw = new Recipient();
        raw.legalBusinessName = "Acme Robotics, Inc.";
        Place nowhere = new Place(null, null, null, null);
        assertThat(scorer.score(NameNormalizer.tokens("ACME ROBOTICS"), nowhere, raw, noFrequencies))
                .isCloseTo(1 - settings.locationWeight(), within(1e-12));
    }
}

package dev.sbirenrich.matching;

import static dev.sbirenrich.matching.TestRecipients.atStreet;
import static dev.sbirenrich.matching.TestRecipients.recipient;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.config.TestSettings;
import dev.sbirenrich.model.AwardKeys;
import dev.sbirenrich.model.Candidate;
import dev.sbirenrich.model.MatchMethod;
import dev.sbirenrich.model.MatchResult;
import dev.sbirenrich.model.ProbeAnswer;
import dev.sbirenrich.model.Recipient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cascade against a tiny in-memory reference index, answering probes the way the Flink index
 * operator does (recipients filed under RecipientKeyer's keys, "too common" above the cap). Cases
 * follow the original pipeline's scenarios and its known failures.
 */
class MatchCascadeTest {
    private final MatchingSettings settings = new MatchingSettings();
    private final MatchCascade cascade = new MatchCascade(settings);

    /** Answers every probe of the award from the given reference rows. */
    private List<ProbeAnswer> answer(AwardKeys keys, Recipient... reference) {
        Map<String, List<Recipient>> index = new LinkedHashMap<>();
        for (Recipient r : reference) {
            for (String key : RecipientKeyer.indexKeysFor(r)) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        List<ProbeAnswer> answers = new ArrayList<>();
        for (String key : keys.probeKeys) {
            List<Recipient> posting = index.getOrDefault(key, List.of());
            boolean tooCommon = posting.size() > settings.maxPostingSize;
            answers.add(new ProbeAnswer("award#1", key,
                    tooCommon ? new Recipient[0] : posting.toArray(new Recipient[0]),
                    Math.min(posting.size(), settings.maxPostingSize + 1), tooCommon));
        }
        return answers;
    }

    private MatchResult decide(AwardKeys keys, Recipient... reference) {
        return cascade.decide(keys, answer(keys, reference));
    }

    private static AwardKeys award(String company, String uei, String duns, String state) {
        return AwardKeyer.keysFor(company, uei, duns, null, null, state, null);
    }

    @Test
    void ueiExactWinsOverEverything() {
        Recipient acme = recipient("ACME TECH SOLUTIONS INC", "N5Z3JQIP98Q1", "123456789", null, "VA", null, 1);
        Recipient other = recipient("OTHER CO", "ZZZ999CCC888", "987654321", null, "VA", null, 2);
        MatchResult r = decide(award("Acme Tech Solutions Inc", "n5z3jqip98q1 ", "987654321", "Virginia"),
                acme, other);
        assertThat(r.method).isEqualTo(MatchMethod.UEI_EXACT);
        assertThat(r.score).isEqualTo(1.0);
        assertThat(r.recipient).isSameAs(acme);
        assertThat(r.identifierDuplicates).isEqualTo(1);
        assertThat(r.candidates).isEmpty();
    }

    @Test
    void anIdentifierOfAnUnlikeNamedRecipientIsOverruledWhenTheNameIdentifiesAnother() {
        Recipient owner = recipient("ZEPHYR MARINE FOODS LLC", "ZEPH00000001", "111111111", null, "WA", null, 1);
        Recipient named = recipient("KORVIN PHOTONICS INC", "KORV00000002", "222222222", null, "CO", null, 2);
        MatchResult r = decide(award("Korvin Photonics Inc", "", "111111111", "CO"), owner, named);
        assertThat(r.method).isEqualTo(MatchMethod.NAME_FUZZY_AUTO);
        assertThat(r.recipient.uei).isEqualTo("KORV00000002");
        assertThat(r.identifierOverruled).isTrue();
    }

    @Test
    void anUnrelatedIdentifierAndANameSharedByTwinsGoToReviewNotToEither() {
        // Another company's DUNS on an award named exactly like two twins in one state: the name
        // cannot decide between them, and the identifier is plainly someone else's.
        Recipient owner = recipient("ZEPHYR MARINE FOODS LLC", "ZEPH00000001", "111111111", null, "WA", null, 1);
        Recipient twin = recipient("KORVIN PHOTONICS INC", "KORV00000002", "222222222", null, "CO", null, 2);
        Recipient otherTwin = recipient("KORVIN PHOTONICS INC", "KORV00000003", "333333333", null, "CO", null, 3);
        MatchResult r = decide(award("Korvin Photonics Inc", "", "111111111", "CO"), owner, twin, otherTwin);
        assertThat(r.method).isEqualTo(MatchMethod.NAME_FUZZY_CANDIDATE);
        assertThat(r.recipient).isNull();
        assertThat(r.identifierOverruled).isTrue();
        assertThat(r.candidates).extracting(c -> c.recipient.uei).contains("KORV00000002", "KORV00000003");
    }

    @Test
    void anIdentifierStandsAgainstUndecidedNamesakesWhenItsRecipientSharesADistinctiveWord() {
        // The names share KORVIN: a renamed company or a typo, not someone else's identifier.
        Recipient owner = recipient("KORVIN MARINE FOODS LLC", "KORV00000001", "111111111", null, "CO", null, 1);
        Recipient twin = recipient("KORVIN PHOTONICS INC", "KORV00000002", "222222222", null, "CO", null, 2);
        Recipient otherTwin = recipient("KORVIN PHOTONICS INC", "KORV00000003", "333333333", null, "CO", null, 3);
        MatchResult r = decide(award("Korvin Photonics Inc", "", "111111111", "CO"), owner, twin, otherTwin);
        assertThat(r.method).isEqualTo(MatchMethod.DUNS_EXACT);
        assertThat(r.recipient.uei).isEqualTo("KORV00000001");
    }

    @Test
    void anIdentifierStandsWhenTheNameIdentifiesNobodyElse() {
        // A renamed company or a trade name: the name finds nothing better, so the DUNS decides.
        Recipient owner = recipient("ZEPHYR MARINE FOODS LLC", "ZEPH00000001", "111111111", null, "WA", null, 1);
        MatchResult r = decide(award("Blue Harbor Kitchens", "", "111111111", "WA"), owner);
        assertThat(r.method).isEqualTo(MatchMethod.DUNS_EXACT);
        assertThat(r.recipient.uei).isEqualTo("ZEPH00000001");
        assertThat(r.identifierOverruled).isFalse();
    }

    @Test
    void anIdentifierStandsWhenItsRecipientIsNamedLikeTheAward() {
        Recipient owner = recipient("KORVIN PHOTONICS INC", "KORV00000002", "222222222", null, "CO", null, 1);
        Recipient twin = recipient("KORVIN PHOTONICS LLC", "KORV00000003", "333333333", null, "CO", null, 2);
        MatchResult r = decide(award("Korvin Photonics LLC", "", "222222222", "CO"), owner, twin);
        assertThat(r.method).isEqualTo(MatchMethod.DUNS_EXACT);
        assertThat(r.recipient.uei).isEqualTo("KORV00000002");
    }

    @Test
    void anIdentifierNamedLikeTheAwardIsDecidedWithoutTheNamesRowsAndAnUnlikeOneIsLeftToDecide() {
        Recipient owner = recipient("KORVIN PHOTONICS INC", "KORV00000002", "222222222", null, "CO", null, 1);
        Recipient stranger = recipient("ZEPHYR MARINE FOODS LLC", "ZEPH00000001", "111111111", null, "WA", null, 2);
        AwardKeys alike = award("Korvin Photonics LLC", "", "222222222", "CO");
        AwardKeys unlike = award("Korvin Photonics LLC", "", "111111111", "CO");

        MatchResult early = cascade.identifiedAlike(alike, withoutNameRows(answer(alike, owner, stranger)));
        assertThat(early).as("the same result as with every row").usingRecursiveComparison()
                .isEqualTo(decide(alike, owner, stranger));
        assertThat(cascade.identifiedAlike(unlike, withoutNameRows(answer(unlike, owner, stranger)))).isNull();
        assertThat(cascade.identifiedAlike(award("Korvin Photonics LLC", "", "", "CO"),
                answer(alike, owner, stranger))).as("no identifier").isNull();
    }

    /** The answers as ReferenceLookup.identifierAnswers gives them: name blocks with their sizes, without rows. */
    private static List<ProbeAnswer> withoutNameRows(List<ProbeAnswer> answers) {
        return answers.stream().map(a -> LookupKeys.isNameKey(a.key)
                ? new ProbeAnswer(a.awardId, a.key, new Recipient[0], a.postingSize, a.tooCommon) : a).toList();
    }

    @Test
    void scenarioFuzzyHighIsReallyAUeiMatch() {
        // The original's scenario expected "fuzzy_name", but both sides carry the same valid UEI.
        Recipient q = recipient("QUANTUM COMPUTING INCORPORATED", "ABC123DEF456", null, 1);
        assertThat(decide(award("Quantum Computing Inc", "ABC123DEF456", "", "CO"), q).method)
                .isEqualTo(MatchMethod.UEI_EXACT);
    }

    @Test
    void dunsExactWhenNoUei() {
        Recipient health = recipient("HEALTHAI PARTNERS LLC", null, "987654321", null, "MA", null, 1);
        MatchResult r = decide(award("HealthAI Partners LLC", "", "987654321", "MA"), health);
        assertThat(r.method).isEqualTo(MatchMethod.DUNS_EXACT);
        assertThat(r.recipient).isSameAs(health);
    }

    @Test
    void dunsDamagedByFloatParsingStillMatches() {
        Recipient nap = recipient("NEW ADVANCES FOR PEOPLE WITH DISABILITIES", "C111BG66D155", "82185679", "BAKERSFIELD",
                "CA", "93308.0", 1);
        MatchResult r = decide(award("New Advances for People with Disabilities", null, "082185679", "California"), nap);
        assertThat(r.method).isEqualTo(MatchMethod.DUNS_EXACT);
        assertThat(r.recipient.duns).isEqualTo("082185679");
    }

    @Test
    void ueiThatIsNotInTheReferenceFallsThroughToDuns() {
        Recipient byDuns = recipient("STELLAR OPTICS CORP", null, "333333333", null, "AZ", null, 1);
        MatchResult r = decide(award("Stellar Optics", "UEISTELLAR01", "333333333", "AZ"), byDuns);
        assertThat(r.method).isEqualTo(MatchMethod.DUNS_EXACT);
    }

    @Test
    void duplicateUeiRowsArePickedDeterministically() {
        Recipient old = recipient("ACME ROBOTICS", "UEIACME00001", "VA", 1);
        old.updateDate = "2019-01-01";
        Recipient newest = recipient("ACME ROBOTICS INC", "UEIACME00001", "VA", 7);
        newest.updateDate = "2025-06-20";
        Recipient undated = recipient("ACME ROBOTICS CO", "UEIACME00001", "VA", 3);
        AwardKeys keys = award("Acme Robotics, Inc.", "UEIACME00001", null, "VA");
        for (Recipient[] order : List.of(new Recipient[] {old, newest, undated}, new Recipient[] {undated, newest, old})) {
            MatchResult r = decide(keys, order);
            assertThat(r.method).isEqualTo(MatchMethod.UEI_EXACT);
            assertThat(r.recipient).isSameAs(newest);
            assertThat(r.identifierDuplicates).isEqualTo(3);
        }
    }

    @Test
    void nanNeverMatchesNan() {
        Recipient nanRow = recipient("nan", "nan", "nan", null, "nan", null, 1);
        AwardKeys keys = award("nan", "nan", "nan", "nan");
        assertThat(keys.probeKeys).isEmpty();
        assertThat(RecipientKeyer.indexKeysFor(nanRow)).isEmpty();
        MatchResult r = decide(keys, nanRow);
        assertThat(r.method).isEqualTo(MatchMethod.UNMATCHED);
        assertThat(r.candidatesExamined).isZero();
    }

    @Test
    void roboticsIncIsNotAutoAcceptedToALongerName() {
        // The original auto-accepted this at token_set_ratio 100.
        Recipient labs = recipient("LABS ROBOTICS SENSORS SOLUTIONS CORP", "C111ATT311C8", "CA", 1);
        MatchResult r = decide(award("Robotics Inc", null, null, "California"), labs);
        assertThat(r.candidatesExamined).isEqualTo(1);
        assertThat(r.method).isEqualTo(MatchMethod.UNMATCHED);
        assertThat(r.recipient).isNull();
        assertThat(r.candidates).hasSize(1);
        assertThat(r.candidates[0].score).isLessThan(settings.candidateScore);
    }

    @Test
    void nameVariantIsAutoAccepted() {
        Recipient acme = recipient("ACME ROBOTICS INC", "UEIACME00001", "111111111", "ARLINGTON", "VA", "22201", 1);
        Recipient unrelated = recipient("FALCON ROBOTICS", "UEIFALCON001", "VA", 2);
        AwardKeys keys = AwardKeyer.keysFor("Acme Robotics, Inc.", "", "", null, "Arlington", "Virginia", "22201");
        MatchResult r = decide(keys, acme, unrelated);
        assertThat(r.method).isEqualTo(MatchMethod.NAME_FUZZY_AUTO);
        assertThat(r.recipient).isSameAs(acme);
        assertThat(r.score).isEqualTo(1.0);
        assertThat(r.candidates[0].recipient).isSameAs(acme);
        assertThat(r.candidatesExamined).isEqualTo(2);
    }

    @Test
    void identifierContradictionVetoesAutoAccept() {
        // bad_identifier_mismatch: same name, but the award's valid UEI points elsewhere.
        Recipient techCorp = recipient("TECH CORP A", "ZZZ999CCC888", "999999999", null, "VA", null, 1);
        MatchResult r = decide(award("Tech Corp A", "AAA111BBB222", "222222222", "VA"), techCorp);
        assertThat(r.method).isEqualTo(MatchMethod.NAME_FUZZY_CANDIDATE);
        assertThat(r.recipient).isNull();
        assertThat(r.candidates[0].vetoed).isTrue();
        assertThat(r.candidates[0].score).isGreaterThanOrEqualTo(settings.autoAcceptScore);
    }

    @Test
    void aRecipientWithoutTheIdentifierDoesNotContradict() {
        Recipient noUei = recipient("TECH CORP A", null, null, null, "VA", null, 1);
        MatchResult r = decide(award("Tech Corp A", "AAA111BBB222", "222222222", "VA"), noUei);
        assertThat(r.method).isEqualTo(MatchMethod.NAME_FUZZY_AUTO);
        assertThat(r.candidates[0].vetoed).isFalse();
    }

    @Test
    void nearIdenticalNamesInDifferentStatesNeedMoreThanTheStateToSeparate() {
        Recipient virginia = recipient("ACME ROBOTICS INC", "UEIACMEVA001", null, "ARLINGTON", "VA", "22201", 1);
        Recipient california = recipient("ACME ROBOTICS LLC", "UEIACMECA001", null, "SAN JOSE", "CA", "95110", 2);

        MatchResult stateOnly = decide(award("Acme Robotics", null, null, "Virginia"), virginia, california);
        assertThat(stateOnly.method).isEqualTo(MatchMethod.NAME_FUZZY_CANDIDATE);
        assertThat(stateOnly.recipient).isNull();
        assertThat(stateOnly.candidates).extracting(c -> c.recipient).containsExactly(virginia, california);
        assertThat(stateOnly.candidates[0].score - stateOnly.candidates[1].score).isLessThan(settings.autoAcceptMargin);

        AwardKeys fullAddress = AwardKeyer.keysFor("Acme Robotics", null, null, null, "Arlington", "Virginia", "22201");
        MatchResult located = decide(fullAddress, virginia, california);
        assertThat(located.method).isEqualTo(MatchMethod.NAME_FUZZY_AUTO);
        assertThat(located.recipient).isSameAs(virginia);
    }

    @Test
    void equalNamesInOneStateAreSeparatedByTheAwardsZip() {
        Recipient atAward = recipient("ACME ROBOTICS INC", "UEIACMEVA001", null, "ARLINGTON", "VA", "22201", 1);
        Recipient acrossTown = recipient("ACME ROBOTICS INC", "UEIACMEVA002", null, "ARLINGTON", "VA", "22209", 2);
        AwardKeys keys = AwardKeyer.keysFor("Acme Robotics Inc", null, null, null, "Arlington", "Virginia", "22201-4410");

        MatchResult r = decide(keys, acrossTown, atAward);
        assertThat(r.candidates[0].score - r.candidates[1].score).isLessThan(settings.autoAcceptMargin);
        assertThat(r.method).isEqualTo(MatchMethod.NAME_FUZZY_AUTO);
        assertThat(r.recipient).isSameAs(atAward);

        MatchCascade noZipTies = new MatchCascade(TestSettings.matching(Map.of("zip5BreaksTies", false)));
        assertThat(noZipTies.decide(keys, answer(keys, acrossTown, atAward)).method)
                .isEqualTo(MatchMethod.NAME_FUZZY_CANDIDATE);
    }

    @Test
    void aNameUnderTheThresholdIsAcceptedAtTheAwardsZipAndCityWithTheMargin() {
        Recipient atAward = recipient("LISA COOK", "UEILISACOOK1", null, "FAYETTEVILLE", "AR", "72754", 1);
        Recipient elsewhere = recipient("LISA COOK", "UEILISACOOK2", null, "ROCKVILLE", "MD", "20851", 2);
        AwardKeys typo = AwardKeyer.keysFor("Pisa Cook", null, null, null, "Fayetteville", "Arkansas", "72754");

        MatchResult r = decide(typo, atAward, elsewhere);

        assertThat(r.candidates[0].score).isLessThan(settings.autoAcceptScore)
                .isGreaterThanOrEqualTo(settings.addressAcceptScore);
        assertThat(r.method).isEqualTo(MatchMethod.NAME_FUZZY_AUTO);
        assertThat(r.recipient).isSameAs(atAward);
        AwardKeys otherZip = AwardKeyer.keysFor("Pisa Cook", null, null, null, "Fayetteville", "Arkansas", "72701");
        assertThat(decide(otherZip, atAward, elsewhere).method).as("the zip5 too").isEqualTo(MatchMethod.NAME_FUZZY_CANDIDATE);
        AwardKeys noCity = AwardKeyer.keysFor("Pisa Cook", null, null, null, null, "Arkansas", "72754");
        assertThat(decide(noCity, atAward, elsewhere).method).as("the city too").isEqualTo(MatchMethod.NAME_FUZZY_CANDIDATE);
    }

    @Test
    void theOnlyNamesakeWithinTheMarginAtTheAwardsStreetIsAccepted() {
        Recipient uptown = atStreet("BENNETT TECHNOLOGIES LLC", "UEIBENNETT01", null, "AUSTIN", "TX", null, 1);
        Recipient atAward = atStreet("BENNETT TECHNOLOGY INC", "UEIBENNETT02", "7989 INDUSTRIAL AVE", "AUSTIN", "TX",
                "78702", 2);
        AwardKeys keys = AwardKeyer.keysFor("Bennett Tech LLC", null, null, "7989 Industrial Avenue, Suite 210",
                "Austin", "Texas", "78759");

        MatchResult r = decide(keys, uptown, atAward);

        assertThat(r.candidates[0].score - r.candidates[1].score).isLessThan(settings.autoAcceptMargin);
        assertThat(r.candidates[0].recipient).as("the names tie; the street decides, not the order").isSameAs(uptown);
        assertThat(r.method).isEqualTo(MatchMethod.NAME_FUZZY_AUTO);
        assertThat(r.recipient).isSameAs(atAward);

        MatchCascade noStreetTies = new MatchCascade(TestSettings.matching(Map.of("streetBreaksTies", false)));
        assertThat(noStreetTies.decide(keys, answer(keys, uptown, atAward)).method)
                .isEqualTo(MatchMethod.NAME_FUZZY_CANDIDATE);
    }

    @Test
    void aTypoUnderTheThresholdIsAcceptedAtTheAwardsStreetInAnotherZip() {
        Recipient atAward = atStreet("LISA COOK", "UEILISACOOK1", "12 OAK LN", "FAYETTEVILLE", "AR", "72754", 1);
        Recipient elsewhere = atStreet("LISA COOK", "UEILISACOOK2", "9 HILL RD", "ROCKVILLE", "MD", "20851", 2);
        AwardKeys typo = AwardKeyer.keysFor("Pisa Cook", null, null, "12 Oak Lane", "Fayetteville", "Arkansas",
                "72701");

        MatchResult r = decide(typo, atAward, elsewhere);

        assertThat(r.candidates[0].score).isLessThan(settings.autoAcceptScore);
        assertThat(r.method).isEqualTo(MatchMethod.NAME_FUZZY_AUTO);
        assertThat(r.recipient).isSameAs(atAward);
        AwardKeys otherTown = AwardKeyer.keysFor("Pisa Cook", null, null, "12 Oak Lane", "Springdale", "Arkansas",
                "72762");
        assertThat(decide(otherTown, atAward, elsewhere).method).as("the same line in another town")
                .isEqualTo(MatchMethod.NAME_FUZZY_CANDIDATE);
    }

    @Test
    void theStreetDecidesNothingWhenTwoEntitiesShareItOrItsOneIsVetoedOrNamedUnlike() {
        Recipient first = atStreet("ACME ROBOTICS INC", "UEIACMEVA001", "1 INNOVATION DR", "ARLINGTON", "VA", "22201", 1);
        Recipient second = atStreet("ACME ROBOTICS LLC", "UEIACMEVA002", "1 INNOVATION DR", "ARLINGTON", "VA", "22201", 2);
        Recipient elsewhere = atStreet("ACME ROBOTICS INC", "UEIACMEVA003", "5 MAIN ST", "RICHMOND", "VA", "23219", 3);
        AwardKeys keys = AwardKeyer.keysFor("Acme Robotics", null, null, "1 Innovation Drive", "Arlington", "Virginia",
                null);
        assertThat(decide(keys, first, second, elsewhere).method).isEqualTo(MatchMethod.NAME_FUZZY_CANDIDATE);

        AwardKeys otherUei = AwardKeyer.keysFor("Acme Robotics", "UEIACMEVA009", null, "1 Innovation Drive",
                "Arlington", "Virginia", null);
        assertThat(decide(otherUei, first, elsewhere).method).as("vetoed").isEqualTo(MatchMethod.NAME_FUZZY_CANDIDATE);

        Recipient neighbour = atStreet("ACME MARINE LLC", "UEIACMEVA004", "1 INNOVATION DR", "ARLINGTON", "VA",
                "22201", 4);
        MatchResult unlike = decide(keys, neighbour);
        assertThat(unlike.candidates[0].score).isLessThan(settings.addressAcceptScore);
        assertThat(unlike.method).isNotEqualTo(MatchMethod.NAME_FUZZY_AUTO);
    }

    @Test
    void atTheAwardsAddressANameUnderTheThresholdStillNeedsTheMargin() {
        Recipient atAward = recipient("LISA COOK", "UEILISACOOK1", null, "FAYETTEVILLE", "AR", "72754", 1);
        Recipient acrossTown = recipient("LISA COOK", "UEILISACOOK2", null, "FAYETTEVILLE", "AR", "72701", 2);
        AwardKeys typo = AwardKeyer.keysFor("Pisa Cook", null, null, null, "Fayetteville", "Arkansas", "72754");

        MatchResult r = decide(typo, atAward, acrossTown);

        assertThat(r.candidates[0].recipient).isSameAs(atAward);
        assertThat(r.candidates[0].score - r.candidates[1].score).isLessThan(settings.autoAcceptMargin);
        assertThat(r.method).isEqualTo(MatchMethod.NAME_FUZZY_CANDIDATE);
    }

    @Test
    void theZipDecidesNothingWhenTwoEntitiesWithinTheMarginShareIt() {
        Recipient first = recipient("ACME ROBOTICS INC", "UEIACMEVA001", null, "ARLINGTON", "VA", "22201", 1);
        Recipient second = recipient("ACME ROBOTICS LLC", "UEIACMEVA002", null, "ARLINGTON", "VA", "22201", 2);
        Recipient elsewhere = recipient("ACME ROBOTICS INC", "UEIACMEVA003", null, "RICHMOND", "VA", "23219", 3);
        AwardKeys keys = AwardKeyer.keysFor("Acme Robotics Inc", null, null, null, "Arlington", "Virginia", "22201");

        assertThat(decide(keys, first, second, elsewhere).method).isEqualTo(MatchMethod.NAME_FUZZY_CANDIDATE);
        AwardKeys noZip = AwardKeyer.keysFor("Acme Robotics Inc", null, null, null, "Arlington", "Virginia", null);
        assertThat(decide(noZip, first, elsewhere).method).isEqualTo(MatchMethod.NAME_FUZZY_CANDIDATE);
    }

    @Test
    void rowsOfOneEntityDoNotBlockEachOtherByMargin() {
        Recipient row1 = recipient("ACME ROBOTICS INC", "UEIACME00001", "VA", 1);
        row1.updateDate = "2020-01-01";
        Recipient row2 = recipient("ACME ROBOTICS INC", "UEIACME00001", "VA", 2);
        row2.updateDate = "2024-01-01";
        MatchResult r = decide(award("Acme Robotics", null, null, "VA"), row1, row2);
        assertThat(r.method).isEqualTo(MatchMethod.NAME_FUZZY_AUTO);
        assertThat(r.recipient).as("equal scores: the preferred row").isSameAs(row2);
        assertThat(r.candidates).hasSize(1);
        assertThat(r.candidatesExamined).isEqualTo(2);
    }

    @Test
    void parentAndChildAreRivals() {
        Recipient parent = recipient("ACME ROBOTICS INC", "UEIACMEPAR01", "VA", 1);
        Recipient child = recipient("ACME ROBOTICS INC", "UEIACMECHI01", "VA", 2);
        child.parentUei = parent.uei;
        MatchResult r = decide(award("Acme Robotics", null, null, "VA"), parent, child);
        assertThat(r.method).isEqualTo(MatchMethod.NAME_FUZZY_CANDIDATE);
        assertThat(r.candidates).hasSize(2);
    }

    @Test
    void candidatesAreCappedBestFirst() {
        List<Recipient> rows = new ArrayList<>();
        String[] names = {"ZEPHYR ANALYTICS", "ZEPHYR ANALYTICS GROUP", "ZEPHYR DATA ANALYTICS", "ZEPHYR",
            "ZEPHYR ANALYTICS HOLDINGS", "ZEPHYR ANALYTICS INTERNATIONAL", "ZEPHYR CONSULTING"};
        for (int i = 0; i < names.length; i++) {
            rows.add(recipient(names[i], null, "TX", i + 1));
        }
        MatchResult r = decide(award("Zephyr Analytics", null, null, "TX"), rows.toArray(new Recipient[0]));
        assertThat(r.candidatesExamined).isEqualTo(names.length);
        assertThat(r.candidates).hasSize(settings.maxCandidates);
        double[] scores = Arrays.stream(r.candidates).mapToDouble(c -> c.score).toArray();
        for (int i = 1; i < scores.length; i++) {
            assertThat(scores[i]).isLessThanOrEqualTo(scores[i - 1]);
        }
        assertThat(r.candidates[0].recipient.legalBusinessName).isEqualTo("ZEPHYR ANALYTICS");
    }

    @Test
    void lowSimilarityIsUnmatched() {
        // bad_completely_different_company and bad_low_fuzzy_match.
        Recipient defense = recipient("DEFENSE CONTRACTORS INC", "CCC222DDD333", "444444444", null, "VA", null, 1);
        assertThat(decide(award("Aerospace Solutions LLC", "AAA000BBB111", "333333333", "VA"), defense).method)
                .isEqualTo(MatchMethod.UNMATCHED);
        Recipient institute = recipient("TECHNOLOGY MEDICAL RESEARCH INSTITUTE", "MED123TECH456", null, "VA", null, null, 2);
        MatchResult low = cascade.decide(award("Medical Tech Solutions", "MED123TECH456", "", "VA"),
                List.of(new ProbeAnswer("award#1", "N|MEDICAL SOLUTIONS TECHNOLOGIES", new Recipient[] {institute}, 1, false)));
        assertThat(low.method).isEqualTo(MatchMethod.UNMATCHED);
        assertThat(low.score).isZero();
    }

    @Test
    void invalidIdentifiersAndNoReferenceIsUnmatched() {
        AwardKeys keys = award("Invalid ID Corp", "NOT_A_VALID_UEI", "NOT_A_NUMBER", "VA");
        assertThat(keys.probeKeys).noneMatch(LookupKeys::isIdentifierKey);
        MatchResult r = decide(keys);
        assertThat(r.method).isEqualTo(MatchMethod.UNMATCHED);
        assertThat(r.candidates).isEmpty();
    }

    @Test
    void tooCommonBlocksContributeNoCandidates() {
        MatchResult r = cascade.decide(award("Robotics", null, null, "VA"),
                List.of(new ProbeAnswer("award#1", "N|ROBOTICS", new Recipient[0], 301, true)));
        assertThat(r.method).isEqualTo(MatchMethod.UNMATCHED);
        assertThat(r.candidatesExamined).isZero();
    }

    @Test
    void sameRecipientUnderSeveralKeysIsScoredOnce() {
        Recipient acme = recipient("ACME ROBOTICS INTERNATIONAL", null, "VA", 1);
        AwardKeys keys = award("Acme Robotics", null, null, "VA");
        List<ProbeAnswer> answers = answer(keys, acme);
        assertThat(answers.stream().filter(a -> a.recipients.length > 0).count()).isGreaterThan(1);
        MatchResult r = cascade.decide(keys, answers);
        assertThat(r.candidatesExamined).isEqualTo(1);
        assertThat(r.candidates).extracting((Candidate c) -> c.recipient).containsExactly(acme);
    }
}

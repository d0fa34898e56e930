package dev.sbirenrich.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.config.TestSettings;
import dev.sbirenrich.matching.AwardKeyer;
import dev.sbirenrich.matching.LookupKeys;
import dev.sbirenrich.matching.MatchCascade;
import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.matching.NameBlocker;
import dev.sbirenrich.matching.NameNormalizer;
import dev.sbirenrich.model.AwardKeys;
import dev.sbirenrich.model.MatchResult;
import dev.sbirenrich.model.ProbeAnswer;
import dev.sbirenrich.model.Recipient;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a snapshot answers an award's probes: identifier keys with every row of the identifier, name
 * keys with the few rows preselection keeps (token overlap, then the award's place, then name
 * length, then row order), keys over their cap with "too common". Each test builds a snapshot of a
 * few recipients in a store of its own.
 */
class ReferenceLookupTest {
    @TempDir
    Path temp;

    @Test
    void keepsTheEntriesWhoseNamesShareMostWithTheAward() throws IOException {
        ReferenceLookup lookup = lookup(settings(10, 10, 2),
                Dumps.row("ACME", "ACME00000001", "CA"),
                Dumps.row("ACME ROBOTICS", "ACME00000002", "CA"),
                Dumps.row("ACME BAKERY", "ACME00000003", "CA"),
                Dumps.row("ACME ROBOTICS INTERNATIONAL", "ACME00000004", "CA"));

        ProbeAnswer block = answer(lookup, award("Acme Robotics", "CA", null, null), LookupKeys.name("ACME"));

        assertThat(block.tooCommon).isFalse();
        assertThat(block.postingSize).as("every recipient named ACME-something").isEqualTo(4);
        assertThat(ueis(block)).containsExactlyInAnyOrder("ACME00000002", "ACME00000004");
    }

    @Test
    void aTypoInOneWordLeavesTheTrueCompanyTiedWithItsNamesakesAndItsPlaceKeepsIt() throws IOException {
        List<String> rows = new ArrayList<>();
        for (String generic : List.of("PRODUCTS", "MATERIALS", "INSTRUMENTS", "SYSTEMS", "DESIGN", "ENERGY")) {
            rows.add(Dumps.row("GYRIX " + generic + " CO", "GYRIX" + generic.substring(0, 4) + "001", "", "DAYTON", "OH",
                    "45487", "2024-01-01"));
        }
        rows.add(Dumps.row("GYRIX OPTICS", "GYRIXOPTIC01", "", "CLEVELAND", "OH", "44199", "2024-01-01"));
        ReferenceLookup lookup = lookup(settings(100, 100, 2), rows.toArray(String[]::new));

        // OOTICS matches nothing: the shared GYRIX decides, and among its holders the award's place
        ProbeAnswer block = answer(lookup, award("Gyrix Ootics", "OH", "CLEVELAND", "44199"), LookupKeys.name("GYRIX"));

        assertThat(ueis(block)).contains("GYRIXOPTIC01");
    }

    @Test
    void aTypoInTheRareWordLeavesOnlyACommonKeyAndTheHalvesFindTheCompany() throws IOException {
        ReferenceLookup lookup = lookup(settings(3, 3, 8), Dumps.laserCompanies());
        AwardKeys award = award("Xygudica Laser Corp", "VA", null, null);

        List<ProbeAnswer> own = lookup.answers("awards.csv#1", award);
        List<ProbeAnswer> halves = lookup.typoAnswers("awards.csv#1");

        assertThat(own).as("LASER is too common; XYGUDICA is no one's").allSatisfy(a -> assertThat(ueis(a)).isEmpty());
        assertThat(halves.stream().flatMap(a -> ueis(a).stream())).contains("XYGURICA0001");
    }

    @Test
    void aTypoInACommonWordFindsTheCompanyByTheNameRespelled() throws IOException {
        List<String> rows = new ArrayList<>();
        for (String other : List.of("PHOTONICS", "SENSORS", "OPTICS", "LASERS")) {
            rows.add(Dumps.row("TACTICAL IMAGING " + other + " INC", other.substring(0, 5) + "TACIM01", "OH"));
        }
        rows.add(Dumps.row("TACTICAL IMAGING SOFTWARE INC", "SOFTWARE0001", "OH"));
        ReferenceLookup lookup = lookup(settings(3, 3, 8), rows.toArray(String[]::new));
        AwardKeys award = award("Tactical Imaging Softwae Inc", "OH", null, null);

        List<ProbeAnswer> own = lookup.answers("awards.csv#1", award);
        List<ProbeAnswer> typo = lookup.typoAnswers("awards.csv#1");

        assertThat(own).as("IMAGING TACTICAL is too common; SOFTWAE is no one's")
                .allSatisfy(a -> assertThat(ueis(a)).isEmpty());
        assertThat(typo).filteredOn(a -> a.key.equals(LookupKeys.name("IMAGING SOFTWARE TACTICAL")))
                .singleElement().satisfies(a -> assertThat(ueis(a)).containsExactly("SOFTWARE0001"));
    }

    @Test
    void aHalfKeyProbedAfterATypoHasItsOwnCap() throws IOException {
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            rows.add(Dumps.row("CITY OF MERIDIAN", String.format("MERIDIAN%04d", i), "", "TOWN" + i, "ID", "", "2024-01-01"));
        }
        rows.add(Dumps.row("CITY OF MERIDIAN", "MERIDIANBOIS", "", "BOISE", "ID", "", "2024-01-01"));
        AwardKeys award = award("City of Mwridian", "ID", "BOISE", null);
        String half = LookupKeys.name(">DIAN CITY");

        ReferenceLookup capped = lookup(TestSettings.matching(Map.of("maxPostingSize", 3, "maxSameNamePosting", 3,
                "maxTypoPosting", 4, "candidatesPerKey", 1)), rows.toArray(String[]::new));
        capped.answers("awards.csv#1", award);
        ProbeAnswer tooCommon = capped.typoAnswers("awards.csv#1").stream().filter(a -> a.key.equals(half))
                .findFirst().orElseThrow();
        ReferenceLookup wider = relookup(TestSettings.matching(Map.of("maxPostingSize", 3, "maxSameNamePosting", 3,
                "maxTypoPosting", 5, "candidatesPerKey", 1)));
        wider.answers("awards.csv#1", award);
        ProbeAnswer answered = wider.typoAnswers("awards.csv#1").stream().filter(a -> a.key.equals(half))
                .findFirst().orElseThrow();

        assertThat(tooCommon.tooCommon).isTrue();
        assertThat(ueis(answered)).as("the one at the award's place").containsExactly("MERIDIANBOIS");
    }

    @Test
    void amongEqualNamesTheOneAtTheAwardsPlaceSurvives() throws IOException {
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            rows.add(Dumps.row("ACME ROBOTICS", String.format("TEXAS%07d", i), "", "AUSTIN", "TX",
                    String.format("%05d", 70000 + i), "2024-01-01"));
        }
        rows.add(Dumps.row("ACME ROBOTICS", "SANJOSE00001", "", "SAN JOSE", "CA", "", "2024-01-01"));
        rows.add(Dumps.row("ACME ROBOTICS", "ZIPMATCH0001", "", "FRESNO", "CA", "95112", "2024-01-01"));
        rows.add(Dumps.row("ACME ROBOTICS", "CALIFORN0001", "", "", "CA", "", "2024-01-01"));
        ReferenceLookup lookup = lookup(settings(1000, 1000, 2), rows.toArray(String[]::new));

        ProbeAnswer own = answer(lookup, award("Acme Robotics", "CA", "SAN JOSE", "95112"), LookupKeys.name("ACME ROBOTICS"));

        // zip5 (with the state) first, then city and state; the state alone loses
        assertThat(own.postingSize).isEqualTo(503);
        assertThat(ueis(own)).containsExactlyInAnyOrder("ZIPMATCH0001", "SANJOSE00001");
    }

    @Test
    void equallyNamedRecipientsAreRankedZipThenCityThenState() throws IOException {
        ReferenceLookup lookup = lookup(settings(10, 10, 1),
                Dumps.row("ACME INNOVATIONS", "RESTON000001", "", "RESTON", "VA", "20190", "2024-01-01"),
                Dumps.row("ACME INNOVATIONS", "CONCORD00001", "", "CONCORD", "NH", "03301", "2024-01-01"),
                Dumps.row("ACME INNOVATIONS", "ELSEWHERE001", "", "NASHUA", "IA", "", "2024-01-01"),
                Dumps.row("ACME INNOVATIONS", "NASHUA000001", "", "NASHUA", "NH", "03060", "2024-01-01"),
                Dumps.row("ACME INNOVATIONS", "ZIPONLY00001", "", "HUDSON", "MA", "03062", "2024-01-01"),
                Dumps.row("ACME INNOVATIONS", "NASHUAZIP001", "", "NASHUA", "NH", "03062", "2024-01-01"));
        AwardKeys nashua = award("Acme Innovations", "NH", "NASHUA", "03062");
        String own = LookupKeys.name("ACME INNOVATIONS");

        List<List<String>> kept = new ArrayList<>();
        for (int keep = 1; keep <= 5; keep++) {
            kept.add(ueis(answer(relookup(settings(10, 10, keep)), nashua, own)));
        }

        // zip5 + city + state (7), zip5 alone (4) over city + state (3), the city alone in another
        // state (2) over the state alone (1), and nothing in common last
        assertThat(kept.get(0)).containsExactly("NASHUAZIP001");
        assertThat(kept.get(1)).containsExactlyInAnyOrder("NASHUAZIP001", "ZIPONLY00001");
        assertThat(kept.get(2)).containsExactlyInAnyOrder("NASHUAZIP001", "ZIPONLY00001", "NASHUA000001");
        assertThat(kept.get(3)).containsExactlyInAnyOrder("NASHUAZIP001", "ZIPONLY00001", "NASHUA000001",
                "ELSEWHERE001");
        assertThat(kept.get(4)).doesNotContain("RESTON000001").contains("CONCORD00001");
    }

    @Test
    void theStreetLineOutranksEveryOtherAgreement() throws IOException {
        ReferenceLookup lookup = lookup(settings(10, 10, 1),
                Dumps.atStreet("ACME INNOVATIONS", "NASHUAZIP001", "NASHUA", "NH", "03062", "9 ELM ST"),
                Dumps.atStreet("ACME INNOVATIONS", "ATSTREET0001", "HUDSON", "NH", "03051", "12 MAIN ST"));

        AwardKeys nashua = AwardKeyer.keysFor("Acme Innovations", null, null, "12 Main Street, Suite 4", "Nashua",
                "NH", "03062");

        assertThat(ueis(answer(lookup, nashua, LookupKeys.name("ACME INNOVATIONS")))).containsExactly("ATSTREET0001");
    }

    @Test
    void equalOverlapAndPlaceFallBackToNameLengthThenRowOrder() throws IOException {
        // One distinctive token each beside the award's two: the same overlap, the same place.
        ReferenceLookup lookup = lookup(settings(10, 10, 1),
                Dumps.row("ZANTHAR KINETICS VOLTAMPEREMETRIX", "LONGNAME0001", "VA"),
                Dumps.row("ZANTHAR KINETICS VOLT", "SHORTNAME001", "VA"),
                Dumps.row("ZANTHAR KINETICS VOLT", "SHORTNAME002", "VA"));
        String own = LookupKeys.name("KINETICS ZANTHAR");

        ProbeAnswer answer = answer(lookup, award("Zanthar Kinetics", "VA", null, null), own);

        assertThat(answer.postingSize).isEqualTo(3);
        assertThat(ueis(answer)).as("closest in length, then the first row").containsExactly("SHORTNAME001");
    }

    @Test
    void aBlockLargerThanItsCapIsTooCommonAndKeepsNothing() throws IOException {
        ReferenceLookup lookup = lookup(settings(2, 10, 8),
                Dumps.row("ACME BAKERY", "ACME00000001", "CA"),
                Dumps.row("ACME FOODS", "ACME00000002", "CA"),
                Dumps.row("ACME TOOLS", "ACME00000003", "CA"),
                Dumps.row("ACME PLASTICS", "ACME00000004", "CA"),
                Dumps.row("ACME ROBOTICS", "ACME00000005", "CA"));

        ProbeAnswer block = answer(lookup, award("Acme Robotics", "CA", null, null), LookupKeys.name("ACME"));

        assertThat(block.tooCommon).isTrue();
        assertThat(block.recipients).isEmpty();
        assertThat(block.postingSize).as("counted up to the cap plus one").isEqualTo(3);
    }

    @Test
    void identifierAnswersReadTheIdentifiersRowsAndOnlyTheSizesOfTheNameBlocks() throws IOException {
        ReferenceLookup lookup = lookup(settings(10, 10, 2),
                Dumps.row("ACME ROBOTICS", "ACME00000002", "CA"),
                Dumps.row("ACME ROBOTICS INTERNATIONAL", "ACME00000004", "CA"));
        AwardKeys award = AwardKeyer.keysFor("Acme Robotics", "ACME00000002", null, null, null, "CA", null);

        List<ProbeAnswer> sizes = lookup.identifierAnswers("awards.csv#1", award);
        List<ProbeAnswer> full = lookup.answers("awards.csv#1", award);

        assertThat(sizes).extracting(a -> a.key).containsExactlyElementsOf(full.stream().map(a -> a.key).toList());
        assertThat(sizes).extracting(a -> a.postingSize).as("the same sizes")
                .containsExactlyElementsOf(full.stream().map(a -> a.postingSize).toList());
        assertThat(sizes).filteredOn(a -> LookupKeys.isNameKey(a.key)).isNotEmpty()
                .allSatisfy(a -> assertThat(a.recipients).isEmpty());
        assertThat(full).filteredOn(a -> LookupKeys.isNameKey(a.key)).anySatisfy(a -> assertThat(a.recipients).isNotEmpty());
        assertThat(sizes).filteredOn(a -> a.key.equals(LookupKeys.uei("ACME00000002"))).singleElement()
                .satisfies(a -> assertThat(ueis(a)).containsExactly("ACME00000002"));
    }

    @Test
    void theAwardsOwnNameMayHoldUpToTheSameNameCapAndIsRankedByPlace() throws IOException {
        String[] states = {"MO", "AL", "TX", "NC"};
        List<String> rows = new ArrayList<>();
        for (String state : states) {
            rows.add(Dumps.row("CITY OF LIBERTY", "LIBERTY000" + state, state));
        }
        ReferenceLookup lookup = lookup(settings(2, 10, 1), rows.toArray(String[]::new));
        String ownName = NameBlocker.blockingKeys(NameNormalizer.tokens("City of Liberty"))[0];

        ProbeAnswer own = answer(lookup, award("City of Liberty", "AL", null, null), ownName);
        // For an award of another name the same key is an ordinary block, and too common.
        ProbeAnswer other = answer(lookup, award("City of Liberty Heights", "AL", null, null), ownName);

        assertThat(own.tooCommon).isFalse();
        assertThat(own.postingSize).isEqualTo(4);
        assertThat(own.recipients).extracting(r -> r.state).containsExactly("AL");
        assertThat(other.tooCommon).isTrue();
        assertThat(other.postingSize).isEqualTo(3);

        ProbeAnswer overTheSameNameCap = answer(relookup(settings(2, 3, 1)), award("City of Liberty", "AL", null, null), ownName);
        assertThat(overTheSameNameCap.tooCommon).isTrue();
        assertThat(overTheSameNameCap.postingSize).isEqualTo(4);
    }

    @Test
    void anIdentifierKeyAnswersEveryRowOfItsIdentifierNewestFirst() throws IOException {
        ReferenceLookup lookup = lookup(settings(10, 10, 1),
                Dumps.row("NOVA THERAPEUTICS OLD NAME", "NOVATHER0001", "555555555", "", "MA", "", "2019-03-01"),
                Dumps.row("COMPLETELY OTHER NAME", "OTHERUEI0001", "", "", "MA", "", "2024-01-01"),
                Dumps.row("NOVA THERAPEUTICS INC", "novather0001", "", "", "MA", "", "2024-06-30"),
                Dumps.row("NOVA THERAPEUTICS", "NOVATHER0001", "", "", "MA", "", "2021-01-01"));

        AwardKeys award = AwardKeyer.keysFor("Unrelated Name", "NOVATHER0001", "555555555", null, null, null, null);
        ProbeAnswer uei = answer(lookup, award, LookupKeys.uei("NOVATHER0001"));
        ProbeAnswer duns = answer(lookup, award, LookupKeys.duns("555555555"));

        assertThat(uei.tooCommon).isFalse();
        assertThat(uei.postingSize).isEqualTo(3);
        assertThat(uei.recipients).as("all of them, whatever candidatesPerKey and the name")
                .extracting(r -> r.updateDate).containsExactly("2024-06-30", "2021-01-01", "2019-03-01");
        assertThat(duns.recipients).extracting(r -> r.nameTokens).containsExactly("NOVA THERAPEUTICS OLD NAME");
    }

    @Test
    void anIdentifierHeldByMoreRowsThanTheCapIsTooCommon() throws IOException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rows.add(Dumps.row("PLACEHOLDER " + i, "", "123123123", "", "VA", "", "2024-01-01"));
        }
        ReferenceLookup lookup = lookup(settings(3, 10, 8), rows.toArray(String[]::new));
        AwardKeys award = AwardKeyer.keysFor("Anyone", null, "123123123", null, null, null, null);

        ProbeAnswer duns = answer(lookup, award, LookupKeys.duns("123123123"));

        assertThat(duns.tooCommon).isTrue();
        assertThat(duns.recipients).isEmpty();
    }

    @Test
    void aKeyWithoutEntriesAnswersEmpty() throws IOException {
        ReferenceLookup lookup = lookup(new MatchingSettings(), Dumps.row("ACME ROBOTICS", "ACME00000001", "CA"));
        AwardKeys award = AwardKeyer.keysFor("Quorvex Photonics", "QUORVEX00001", null, null, null, "OR", null);

        List<ProbeAnswer> answers = lookup.answers("awards.csv#9", award);

        assertThat(answers).extracting(a -> a.key).containsExactly(award.probeKeys);
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.awardId).isEqualTo("awards.csv#9");
            assertThat(a.recipients).isEmpty();
            assertThat(a.postingSize).isZero();
            assertThat(a.tooCommon).isFalse();
        });
    }

    @Test
    void everyProbeKeyOfAnAwardIsAnsweredInProbeOrderAndTheResultsRecipientsAreCompleted() throws IOException {
        ReferenceLookup lookup = lookup(new MatchingSettings(),
                Dumps.row("ACME ROBOTICS LLC", "ACMEROBO0001", "123456789", "SAN JOSE", "CA", "95112", "2024-01-01"));
        AwardKeys award = AwardKeyer.keysFor("Acme Robotics, L.L.C.", "acmerobo0001", "12-345-6789", null, "San Jose",
                "California", "95112-1234");

        List<ProbeAnswer> answers = lookup.answers("awards.csv#1", award);

        assertThat(answers).extracting(a -> a.key).containsExactly(award.probeKeys);
        // Answers carry what matching reads; the fields only the output shows wait for complete().
        assertThat(answers).allSatisfy(a -> assertThat(a.recipients).singleElement().satisfies(r -> {
            assertThat(r.legalBusinessName).isNull();
            assertThat(r.uei).isEqualTo("ACMEROBO0001");
            assertThat(r.duns).isEqualTo("123456789");
            assertThat(r.nameTokens).isEqualTo("ACME ROBOTICS");
            assertThat(r.state).isEqualTo("CA");
            assertThat(r.city).isEqualTo("SAN JOSE");
            assertThat(r.zip5).isEqualTo("95112");
            assertThat(r.sourceFile).isEqualTo("recipients.csv");
            assertThat(r.recordNumber).isEqualTo(1);
        }));
        MatchResult match = new MatchCascade(new MatchingSettings()).decide(award, answers);
        lookup.complete(match);
        assertThat(match.recipient.legalBusinessName).isEqualTo("ACME ROBOTICS LLC");
        assertThat(match.recipient.uei).isEqualTo("ACMEROBO0001");
    }

    @Test
    void noCandidatesPerKeyKeepsNoNameCandidatesButStillIdentifiers() throws IOException {
        ReferenceLookup lookup = lookup(settings(10, 10, 0), Dumps.row("ACME ROBOTICS", "ACME00000001", "CA"));
        AwardKeys award = AwardKeyer.keysFor("Acme Robotics", "ACME00000001", null, null, null, "CA", null);

        List<ProbeAnswer> answers = lookup.answers("awards.csv#2", award);

        assertThat(answers).filteredOn(a -> LookupKeys.isNameKey(a.key))
                .isNotEmpty().allSatisfy(a -> {
                    assertThat(a.recipients).isEmpty();
                    assertThat(a.postingSize).isEqualTo(1);
                });
        assertThat(answers).filteredOn(a -> LookupKeys.isIdentifierKey(a.key)).singleElement()
                .satisfies(a -> assertThat(a.recipients).hasSize(1));
    }

    // --- fixtures --------------------------------------------------------------------------------

    private static MatchingSettings settings(int maxPostingSize, int maxSameNamePosting, int candidatesPerKey) {
        return TestSettings.matching(Map.of("maxPostingSize", maxPostingSize, "maxSameNamePosting", maxSameNamePosting,
                "maxTypoPosting", maxSameNamePosting, "candidatesPerKey", candidatesPerKey));
    }

    private int snapshots;
    private ReferenceSnapshot snapshot;

    /** A snapshot of these CSV rows (in this order, records 1..n), and a lookup over it. */
    private ReferenceLookup lookup(MatchingSettings settings, String... rows) throws IOException {
        Path dump = Dumps.csv(temp.resolve("dump-" + ++snapshots).resolve("recipients.csv"), Arrays.asList(rows));
        SnapshotDescriptor descriptor = new ReferenceStore(temp.resolve("store"))
                .ensure(Dumps.input(dump), 1, read -> {}).descriptor();
        snapshot = ReferenceSnapshot.open(Path.of(descriptor.location), descriptor.checksum, true);
        return new ReferenceLookup(snapshot, settings);
    }

    /** Another lookup, with other settings, over the snapshot of the last {@link #lookup}. */
    private ReferenceLookup relookup(MatchingSettings settings) {
        return new ReferenceLookup(snapshot, settings);
    }

    private static AwardKeys award(String company, String state, String city, String zip) {
        return AwardKeyer.keysFor(company, null, null, null, city, state, zip);
    }

    private static ProbeAnswer answer(ReferenceLookup lookup, AwardKeys award, String key) {
        assertThat(award.probeKeys).as("the award probes " + key).contains(key);
        return lookup.answers("awards.csv#1", award).stream().filter(a -> a.key.equals(key)).findFirst().orElseThrow();
    }

    private static List<String> ueis(ProbeAnswer answer) {
        return Arrays.stream(answer.recipients).map((Recipient r) -> r.uei).toList();
    }
}

package dev.sbirenrich.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.config.TestSettings;
import dev.sbirenrich.matching.AwardKeyer;
import dev.sbirenrich.matching.LookupKeys;
import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.model.AwardKeys;
import dev.sbirenrich.model.MatchMethod;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order in which an award's probes are read, and what each step decides. */
class SnapshotMatcherTest {
    @TempDir
    Path temp;

    @Test
    void anIdentifierWhoseRecipientIsNamedLikeTheAwardDecidesWithoutTheNamesBlocks() throws IOException {
        SnapshotMatcher matcher = matcher(Dumps.row("ACME ROBOTICS LLC", "ACMEROBO0001", "CA"),
                Dumps.row("ACME ROBOTICS INC", "ACMEROBO0002", "CA"));

        SnapshotMatcher.Matched matched = matcher.match("awards.csv#1",
                AwardKeyer.keysFor("Acme Robotics LLC", "ACMEROBO0001", null, null, null, "CA", null));

        assertThat(matched.result().method).isEqualTo(MatchMethod.UEI_EXACT);
        assertThat(matched.result().recipient.legalBusinessName).as("completed").isEqualTo("ACME ROBOTICS LLC");
        assertThat(matched.answers()).as("name keys give their posting sizes, no rows")
                .filteredOn(a -> LookupKeys.isNameKey(a.key)).isNotEmpty()
                .allSatisfy(a -> assertThat(a.recipients).isEmpty());
    }

    @Test
    void anIdentifierWhoseRecipientIsNamedOtherwiseIsCheckedAgainstTheNamesBlocks() throws IOException {
        SnapshotMatcher matcher = matcher(Dumps.row("ZENITH OPTICS LLC", "ZENITHOP0001", "CA"),
                Dumps.row("ACME ROBOTICS LLC", "ACMEROBO0001", "CA"));

        SnapshotMatcher.Matched matched = matcher.match("awards.csv#1",
                AwardKeyer.keysFor("Acme Robotics LLC", "ZENITHOP0001", null, null, null, "CA", null));

        assertThat(matched.answers()).filteredOn(a -> LookupKeys.isNameKey(a.key))
                .anySatisfy(a -> assertThat(a.recipients).isNotEmpty());
        assertThat(matched.result().identifierOverruled).isTrue();
        assertThat(matched.result().recipient.uei).isEqualTo("ACMEROBO0001");
    }

    @Test
    void anAwardItsOwnKeysLeaveUndecidedIsMatchedThroughItsTypoKeys() throws IOException {
        // LASER is too common to answer and XYGUDICA is no one's: only the typo keys find the company.
        SnapshotMatcher matcher = matcher(TestSettings.matching(Map.of("maxPostingSize", 3, "maxSameNamePosting", 3,
                "maxTypoPosting", 3)), Dumps.laserCompanies());

        SnapshotMatcher.Matched matched = matcher.match("awards.csv#1",
                AwardKeyer.keysFor("Xygudica Laser Corp", null, null, null, null, "VA", null));

        assertThat(matched.result().method.matched()).isTrue();
        assertThat(matched.result().recipient.uei).isEqualTo("XYGURICA0001");
    }

    @Test
    void aTypoNoNameKeySurvivesIsFoundAtTheAwardsStreet() throws IOException {
        // CODNOR shares no half with CONDOR, and SOFTWARE never blocks alone.
        SnapshotMatcher matcher = matcher(
                Dumps.atStreet("CONDOR SOFTWARE INC", "CONDORSO0001", "ARLINGTON", "VA", "22201", "12 MAIN ST"),
                Dumps.atStreet("ORION SOFTWARE INC", "ORIONSOF0001", "ARLINGTON", "VA", "22201", "40 OAK DR"));

        SnapshotMatcher.Matched atStreet = matcher.match("awards.csv#1",
                AwardKeyer.keysFor("Codnor Software Inc", null, null, "12 Main Street", "Arlington", "VA", "22201"));
        SnapshotMatcher.Matched noStreet = matcher.match("awards.csv#2",
                AwardKeyer.keysFor("Codnor Software Inc", null, null, null, "Arlington", "VA", "22201"));

        assertThat(atStreet.result().method.matched()).isTrue();
        assertThat(atStreet.result().recipient.uei).isEqualTo("CONDORSO0001");
        assertThat(noStreet.result().method.matched()).isFalse();
    }

    private SnapshotMatcher matcher(String... rows) throws IOException {
        return matcher(new MatchingSettings(), rows);
    }

    private SnapshotMatcher matcher(MatchingSettings settings, String... rows) throws IOException {
        Path dump = Dumps.csv(temp.resolve("recipients.csv"), Arrays.asList(rows));
        SnapshotDescriptor descriptor = new ReferenceStore(temp.resolve("store")).ensure(Dumps.input(dump), 1, read -> {})
                .descriptor();
        return new SnapshotMatcher(ReferenceSnapshot.open(Path.of(descriptor.location), descriptor.checksum, true),
                settings);
    }
}

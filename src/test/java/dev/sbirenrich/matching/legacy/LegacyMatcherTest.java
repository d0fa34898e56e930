package dev.sbirenrich.matching.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sbirenrich.model.Recipient;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyMatcherTest {

    private static Recipient recipient(long record, String name, String uei, String duns) {
        Recipient r = new Recipient();
        r.recordNumber = record;
        r.legalBusinessName = name;
        r.uei = uei;
        r.duns = duns;
        return r;
    }

    @Test
    void tokenSetRatioFollowsRapidfuzz() {
        // Values from rapidfuzz's own documentation.
        assertThat(TokenSetRatio.score("fuzzy was a bear", "fuzzy fuzzy was a bear")).isEqualTo(100);
        assertThat(TokenSetRatio.score("fuzzy was a bear but not a dog", "fuzzy was a bear"))
                .isEqualTo(100);
        assertThat(TokenSetRatio.score("fuzzy was a bear but not a dog", "fuzzy was a bear but not a cat"))
                .isCloseTo(92.3076923076923, within(1e-9));
        assertThat(TokenSetRatio.score("", "acme")).isZero();
        // No shared token: plain Indel ratio of the sorted strings, 100 * (1 - 2 / 8).
        assertThat(TokenSetRatio.score("abcd", "abce")).isCloseTo(75.0, within(1e-9));
    }

    @Test
    void namesLoseLegalWordsAnywhereAndAmpersands() {
        assertThat(LegacyNames.normalize("Co-Operative Research Co.")).isEqualTo("operative research");
        assertThat(LegacyNames.normalize("Smith & Jones, Inc.")).isEqualTo("smith jones");
        assertThat(LegacyNames.normalize("The Monarco Group LLC")).isEqualTo("the monarco group");
    }

    @Test
    void subsetOfTokensIsAutoAcceptedToTheWrongCompany() {
        LegacyMatcher matcher = new LegacyMatcher(List.of(
                recipient(1, "LABS ROBOTICS SENSORS SOLUTIONS CORP", "AAAAAAAAAAAA", "111111111")));
        LegacyMatch m = matcher.match("Robotics Inc", null, null);
        assertThat(m.method()).isEqualTo("name-fuzzy-auto");
        assertThat(m.score()).isEqualTo(100);
        assertThat(m.recipient().recordNumber).isEqualTo(1);
    }

    @Test
    void missingUeiIsNanAndMatchesAReferenceNan() {
        LegacyMatcher matcher = new LegacyMatcher(List.of(
                recipient(1, "ALPHA WIDGETS", "nan", null),
                recipient(2, "ZETA THINGS", "ZZZZZZZZZZZZ", null)));
        LegacyMatch m = matcher.match("Zeta Things", null, null);
        assertThat(m.method()).isEqualTo("uei-exact");
        assertThat(m.recipient().recordNumber).isEqualTo(1);
    }

    @Test
    void dunsWithoutPaddingOrWithFloatSuffixNeverMatches() {
        LegacyMatcher matcher = new LegacyMatcher(List.of(
                recipient(1, "NEW ADVANCES FOR PEOPLE", null, "082185679"),
                recipient(2, "OTHER FIRM", null, "123456789")));
        assertThat(matcher.match("Unrelated Name", null, "82185679").method()).isNotEqualTo("duns-exact");
        assertThat(matcher.match("Unrelated Name", null, "123456789.0").method()).isNotEqualTo("duns-exact");
        assertThat(matcher.match("Unrelated Name", null, "123-456-789").method()).isEqualTo("duns-exact");
    }

    @Test
    void lastDuplicateIdentifierWins() {
        LegacyMatcher matcher = new LegacyMatcher(List.of(
                recipient(1, "FIRST ROW", "DUPDUPDUPDUP", null),
                recipient(2, "SECOND ROW", "DUPDUPDUPDUP", null)));
        assertThat(matcher.match("x", "dupdupdupdup ", null).recipient().recordNumber).isEqualTo(2);
    }

    @Test
    void scoresBetween75And90AreCandidatesCountedAsMatchedByTheOriginal() {
        LegacyMatcher matcher = new LegacyMatcher(List.of(recipient(1, "ABCD", null, null)));
        LegacyMatch m = matcher.match("abce", null, null);
        assertThat(m.method()).isEqualTo("name-fuzzy-candidate");
        assertThat(m.recipient()).isNull();
        assertThat(m.candidates()).hasSize(1);
        assertThat(m.countedAsMatchedByOriginal()).isTrue();
        assertThat(matcher.match("zzzz", null, null).countedAsMatchedByOriginal()).isFalse();
    }
}

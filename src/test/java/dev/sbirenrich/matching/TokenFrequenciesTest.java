package dev.sbirenrich.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sbirenrich.model.ProbeAnswer;
import dev.sbirenrich.model.Recipient;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenFrequenciesTest {
    private final MatchingSettings settings = new MatchingSettings();

    @Test
    void unknownTokensFallBackToTheGenericListThenTheDistinctiveWeight() {
        TokenFrequencies df = new TokenFrequencies(settings);
        assertThat(df.frequency("ROBOTICS")).isEqualTo(-1);
        assertThat(df.weight("ROBOTICS")).isEqualTo(1.0);
        assertThat(df.weight("SYSTEMS")).isEqualTo(GenericWords.DEFAULT_WEIGHT);
    }

    @Test
    void knownFrequenciesWeighOnALogScaleBetweenDistinctiveAndGeneric() {
        TokenFrequencies df = new TokenFrequencies(settings);
        df.record("MONARCO", 1);
        df.record("ACME", 17);
        df.record("QUANTUM", 301);
        assertThat(df.weight("MONARCO")).isEqualTo(1.0);
        assertThat(df.weight("ACME")).isStrictlyBetween(GenericWords.DEFAULT_WEIGHT, 1.0);
        assertThat(df.weight("QUANTUM")).isCloseTo(GenericWords.DEFAULT_WEIGHT, within(1e-9));
    }

    @Test
    void learnsFromOneTokenNameAnswersOnly() {
        List<ProbeAnswer> answers = List.of(
                new ProbeAnswer("a#1", "N|ROBOTICS", new Recipient[0], 301, true),
                new ProbeAnswer("a#1", "N|ACME", new Recipient[0], 12, false),
                new ProbeAnswer("a#1", "N|ACME ROBOTICS", new Recipient[0], 2, false),
                new ProbeAnswer("a#1", "N|~ACME", new Recipient[0], 40, false),
                new ProbeAnswer("a#1", "U|N5Z3JQIP98Q1", new Recipient[0], 1, false));
        TokenFrequencies df = TokenFrequencies.fromAnswers(new String[0], answers, settings);
        assertThat(df.frequency("ROBOTICS")).isEqualTo(301);
        assertThat(df.frequency("ACME")).isEqualTo(12);
        assertThat(df.frequency("ACME ROBOTICS")).isEqualTo(-1);
        assertThat(df.frequency("~ACME")).isEqualTo(-1);
        assertThat(df.frequency("N5Z3JQIP98Q1")).isEqualTo(-1);
        assertThat(df.weight("ROBOTICS")).isLessThan(df.weight("ACME"));
    }

    @Test
    void anAwardsSlipOfACommonWordWeighsAsThatWord() {
        List<ProbeAnswer> answers = List.of(new ProbeAnswer("a#1", "N|SOFTWAE", new Recipient[0], 0, false));
        TokenFrequencies df = TokenFrequencies.fromAnswers(new String[] {"GRIDYNE", "SOFTWAE", "KORVEX"}, answers, settings);

        assertThat(df.weight("SOFTWAE")).isEqualTo(GenericWords.DEFAULT_WEIGHT);
        assertThat(df.weight("KORVEX")).as("no common word's slip").isEqualTo(1.0);
        assertThat(new TokenFrequencies(settings).weight("SOFTWAE")).as("learnt from the award's words only")
                .isEqualTo(1.0);
    }

    @Test
    void anAwardsSlipOfACommonWordIsScoredAsThatWord() {
        String[] award = {"GRIDYNE", "JECHNOLOGY", "KORVEX"};
        TokenFrequencies df = TokenFrequencies.fromAnswers(award, List.of(), settings);

        assertThat(df.spelled(award)).containsExactly("GRIDYNE", "TECHNOLOGIES", "KORVEX");
        String[] plain = {"GRIDYNE", "KORVEX"};
        assertThat(TokenFrequencies.fromAnswers(plain, List.of(), settings).spelled(plain)).isSameAs(plain);
    }
}

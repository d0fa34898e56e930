package dev.sbirenrich.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class JaroWinklerTest {

    @Test
    void matchesPublishedValues() {
        assertThat(JaroWinkler.similarity("MARTHA", "MARHTA")).isCloseTo(0.9611, within(1e-4));
        assertThat(JaroWinkler.similarity("DWAYNE", "DUANE")).isCloseTo(0.84, within(1e-4));
        assertThat(JaroWinkler.similarity("DIXON", "DICKSONX")).isCloseTo(0.8133, within(1e-4));
    }

    @Test
    void boundsAndSymmetry() {
        assertThat(JaroWinkler.similarity("ACME", "ACME")).isEqualTo(1.0);
        assertThat(JaroWinkler.similarity("ABC", "XYZ")).isEqualTo(0.0);
        assertThat(JaroWinkler.similarity("", "ACME")).isEqualTo(0.0);
        assertThat(JaroWinkler.similarity("ROBOTICS", "ROBOTIKS"))
                .isEqualTo(JaroWinkler.similarity("ROBOTIKS", "ROBOTICS"))
                .isGreaterThan(0.9);
    }

    @Test
    void aPairBelowTheFloorScoresZeroAndEveryOtherPairItsSimilarity() {
        String[] words = {"ROBOTICS", "ROBOTIKS", "ROBOTIC", "ACME", "ACMEE", "AMCE", "PHOTONICS", "PHOTNICS",
                "LABORATORIES", "LABS", "A", "XYZ", "KORVIN", "CORVIN", "SYSTEMS", "SYSTEM", "SOLUTIONS"};
        for (double floor : new double[] {0.0, 0.7, 0.85, 0.95}) {
            for (String a : words) {
                for (String b : words) {
                    double full = JaroWinkler.similarity(a, b);
                    assertThat(JaroWinkler.similarityAtLeast(a, b, floor)).as(a + " ~ " + b + " at " + floor)
                            .isEqualTo(full >= floor ? full : 0.0);
                }
            }
        }
    }
}

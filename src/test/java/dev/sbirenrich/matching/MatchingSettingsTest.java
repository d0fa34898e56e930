package dev.sbirenrich.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sbirenrich.config.TestSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchingSettingsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        MatchingSettings s = new MatchingSettings();
        assertThat(s.autoAcceptScore).isEqualTo(0.90);
        assertThat(s.candidateScore).isEqualTo(0.75);
        assertThat(s.addressAcceptScore).isEqualTo(0.75);
        assertThat(s.autoAcceptMargin).isEqualTo(0.05);
        assertThat(s.maxPostingSize).isEqualTo(300);
        assertThat(s.maxCandidates).isEqualTo(5);
        assertThat(s.locationWeight()).isEqualTo(0.08, org.assertj.core.api.Assertions.within(1e-12));
        s.validate();
    }

    @Test
    void bindsFromJsonKeepingDefaultsForMissingFields() throws Exception {
        MatchingSettings s = new ObjectMapper()
                .readValue("{\"autoAcceptScore\":0.95,\"maxPostingSize\":500}", MatchingSettings.class);
        assertThat(s.autoAcceptScore).isEqualTo(0.95);
        assertThat(s.maxPostingSize).isEqualTo(500);
        assertThat(s.candidateScore).isEqualTo(0.75);
    }

    @Test
    void refusesInconsistentThresholds() {
        assertThatThrownBy(() -> TestSettings.matching(Map.of("candidateScore", 0.95)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("candidateScore");
        assertThatThrownBy(() -> TestSettings.matching(Map.of("addressAcceptScore", 0.95)))
                .hasMessageContaining("addressAcceptScore <= autoAcceptScore");
        assertThatThrownBy(() -> TestSettings.matching(Map.of("addressAcceptScore", 0.7)))
                .hasMessageContaining("candidateScore <= addressAcceptScore");
        assertThatThrownBy(() -> TestSettings.matching(Map.of("stateBonus", 0.6, "cityBonus", 0.5)))
                .hasMessageContaining("location");
    }
}

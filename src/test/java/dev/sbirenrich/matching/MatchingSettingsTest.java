package dev.sbirenrich.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class MatchingSettingsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        MatchingSettings s = new MatchingSettings();
        assertThat(s.autoAcceptScore).isEqualTo(0.90);
        assertThat(s.candidateScore).isEqualTo(0.75);
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
        MatchingSettings s = new MatchingSettings();
        s.candidateScore = 0.95;
        assertThatThrownBy(s::validate).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("candidateScore");
        MatchingSettings t = new MatchingSettings();
        t.stateBonus = 0.6;
        t.cityBonus = 0.5;
        assertThatThrownBy(t::validate).hasMessageContaining("location");
    }
}

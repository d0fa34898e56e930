package dev.sbirenrich.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichmentSettingsTest {
    @TempDir
    Path temp;

    @Test
    void theCommandLineOverridesTheFileWhichOverridesTheDefaults() throws IOException {
        Path yaml = write("pipeline:\n  parallelism: 4\n  stateBackend: rocksdb\nquality:\n  windowKind: processing-time\n");

        EnrichmentSettings settings = EnrichmentSettings.resolve(yaml, Map.of("pipeline.parallelism", 3));

        assertThat(settings.pipeline.parallelism).isEqualTo(3);
        assertThat(settings.pipeline.stateBackend).isEqualTo(PipelineSettings.StateBackend.ROCKSDB);
        assertThat(settings.quality.processingTimeWindows()).isTrue();
        assertThat(settings.pipeline.webUiPort).as("a default").isEqualTo(8081);
        assertThat(settings.matching.autoAcceptScore).as("a default").isEqualTo(0.90);
    }

    @Test
    void aChangedValueIsANewValueAndTheOldOneStaysAsItWas() {
        EnrichmentSettings defaults = EnrichmentSettings.defaults();

        EnrichmentSettings changed = defaults.with(Map.of("quality.rejectedFailureShare", 0.15));

        assertThat(changed.quality.rejectedFailureShare).isEqualTo(0.15);
        assertThat(defaults.quality.rejectedFailureShare).isEqualTo(0.05);
        assertThat(changed.pipeline.stateBackend).isEqualTo(PipelineSettings.StateBackend.HASHMAP);
    }

    @Test
    void unknownKeysAndValuesAreOneLineErrorsNamingTheFile() throws IOException {
        Path typo = write("pipeline:\n  paralelism: 4\n");
        assertThatThrownBy(() -> EnrichmentSettings.resolve(typo, Map.of()))
                .hasMessageStartingWith("config file " + typo + " is invalid").hasMessageContaining("paralelism");

        Path backend = write("pipeline:\n  stateBackend: memory\n");
        assertThatThrownBy(() -> EnrichmentSettings.resolve(backend, Map.of()))
                .hasMessageContaining("memory").hasMessageContaining("hashmap").hasMessageContaining("rocksdb");

        Path inconsistent = write("matching:\n  candidateScore: 0.95\n");
        assertThatThrownBy(() -> EnrichmentSettings.resolve(inconsistent, Map.of()))
                .hasMessageContaining("candidateScore");
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(Files.createTempFile(temp, "settings", ".yaml"), yaml);
    }
}

package dev.sbirenrich.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The jar a cluster receives holds the job alone: its entry point and what it reaches, without the
 * development tools (generator, evaluation, benchmark, DuckDB peer, legacy matcher) or DuckDB.
 * StandaloneClusterIT proves that the same jar runs.
 */
class JobJarIT {
    private static final Path JAR = Path.of("target/sbir-enrich-job.jar");

    @Test
    void theJobJarHoldsTheJobAndNoTool() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("dev.sbirenrich.cli.EnrichmentJob");
            List<String> entries = jar.stream().map(e -> e.getName()).toList();
            assertThat(entries).contains("dev/sbirenrich/cli/EnrichmentJob.class",
                    "dev/sbirenrich/pipeline/EnrichmentPipeline.class",
                    "dev/sbirenrich/reference/ReferenceLookup.class");
            assertThat(entries).noneMatch(name -> name.matches(
                    "dev/sbirenrich/(datagen|evaluation|benchmark|peer|matching/legacy)/.*"
                            + "|dev/sbirenrich/cli/(Generate|Evaluate|Benchmark)Command.*|org/duckdb/.*|peer/.*"));
        }
    }
}

package dev.sbirenrich.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The job on a cluster (from the job jar) and the command line (from target/classes) must name a
 * snapshot alike, or a submitted job would rebuild what the command line built. The jar leaves the
 * tools out, so the fingerprint must not cover them either.
 */
class SnapshotIdJarIT {
    @Test
    void theJobJarAndTheClassesDirectoryFingerprintTheSameCode() {
        assertThat(SnapshotId.classFingerprint(Path.of("target/sbir-enrich-job.jar")))
                .isEqualTo(SnapshotId.classFingerprint(Path.of("target/classes")));
    }
}

package dev.sbirenrich.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.cli.SbirEnrich;
import dev.sbirenrich.datagen.DataGenerator;
import dev.sbirenrich.datagen.GeneratedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with {@code kill -9} while it builds a snapshot (a TaskManager lost during a
 * refresh, a client killed during a run's build) publishes nothing: its half-built directory stays
 * hidden, the store lists nothing, and the next build of the same dump publishes the snapshot
 * under the same id.
 */
class KilledBuildIT {
    static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void aBuildKilledMidwayPublishesNothingAndTheNextBuildPublishesTheSnapshot() throws Exception {
        GeneratedData.into(temp.resolve("data"), 600_000, 10);
        Path recipients = temp.resolve("data").resolve(DataGenerator.RECIPIENTS_CSV);
        Path store = temp.resolve("store");

        Process build = new ProcessBuilder(javaCommand("reference", "build", "--recipients", recipients.toString(),
                "--reference-store", store.toString())).redirectErrorStream(true)
                .redirectOutput(temp.resolve("build.log").toFile()).start();
        Path building = waitForBuilding(store, build);
        build.destroyForcibly();
        assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();

        ReferenceStore opened = new ReferenceStore(store);
        assertThat(building).as("the half-built directory stays hidden").exists();
        assertThat(opened.list()).as("nothing published").isEmpty();

        var rebuilt = opened.ensure(new ReferenceInput(List.of(recipients), null), 2, rows -> {});
        assertThat(rebuilt.reused()).isFalse();
        assertThat(rebuilt.descriptor().id).isEqualTo(SnapshotId.of(new ReferenceInput(List.of(recipients), null)));
        assertThat(rebuilt.descriptor().rows).isEqualTo(600_000);
        assertThat(opened.list()).extracting(m -> m.id).containsExactly(rebuilt.descriptor().id);
        OpenSnapshots.acquire(rebuilt.descriptor());
        OpenSnapshots.release(rebuilt.descriptor());
    }

    /** The build's hidden directory, once the build has written into it. */
    private static Path waitForBuilding(Path store, Process build) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(build.isAlive()).as("the build is still running").isTrue();
            if (Files.isDirectory(store)) {
                try (Stream<Path> dirs = Files.list(store)) {
                    for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith(".building-")).toList()) {
                        Path rows = dir.resolve(SnapshotFormat.ROWS);
                        if (Files.isRegularFile(rows) && Files.size(rows) > 1 << 20) {
                            return dir;
                        }
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the build never started writing");
    }

    private static List<String> javaCommand(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Dlog4j.configurationFile=" + PROJECT.resolve("flink-conf/log4j-cli.properties"),
                "-cp", PROJECT.resolve("target/classes") + ":"
                        + Files.readString(PROJECT.resolve("target/classpath.txt")).strip(),
                SbirEnrich.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}

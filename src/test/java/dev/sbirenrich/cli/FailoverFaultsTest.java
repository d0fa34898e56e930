package dev.sbirenrich.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sbirenrich.config.EnrichmentSettings;
import dev.sbirenrich.config.TestSettings;
import dev.sbirenrich.datagen.DataGenerator;
import dev.sbirenrich.datagen.GeneratedData;
import dev.sbirenrich.io.InputFormatException;
import dev.sbirenrich.pipeline.EnrichmentPipeline;
import dev.sbirenrich.pipeline.FaultyFileSystem;
import dev.sbirenrich.pipeline.FileSinks;
import dev.sbirenrich.pipeline.FileSources;
import dev.sbirenrich.pipeline.JobConfiguration;
import dev.sbirenrich.pipeline.PipelineSources;
import dev.sbirenrich.pipeline.SharedMiniCluster;
import dev.sbirenrich.quality.RunGate;
import dev.sbirenrich.reference.ReferenceInput;
import dev.sbirenrich.reference.ReferenceStore;
import dev.sbirenrich.reference.SnapshotDescriptor;
import java.io.IOException;
import java.net.SocketException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production job with the local run's configuration, reading through a file system that fails
 * on purpose ({@link FaultyFileSystem}): a problem of the file itself fails the job at once, without
 * a restart (the file is opened once), in one line naming the file; a network error is retried with
 * the bounded restart strategy and then given up, in one line naming the last cause.
 */
@ExtendWith(SharedMiniCluster.class)
class FailoverFaultsTest {
    @TempDir
    static Path data;

    @TempDir
    Path temp;

    @BeforeAll
    static void generate() throws IOException {
        GeneratedData.into(data, 500, 3_000);
    }

    @Test
    void anAwardsFileThatVanishesWhileReadFailsAtOnceNamingIt() throws Exception {
        Path awards = copy("vanishing.csv");
        FaultyFileSystem.failReads(awards, 200_000, () -> new NoSuchFileException(awards.toString()));

        Failure failure = run(awards, data.resolve(DataGenerator.RECIPIENTS_CSV), new EnrichmentSettings());

        assertThat(FaultyFileSystem.opens(awards)).as("opened once: no restart").isEqualTo(1);
        assertThat(failure.line).startsWith("awards file faulty:" + awards + ": the file vanished or cannot be opened");
        assertThat(failure.exitCode).isEqualTo(2);
        assertThat(RunGate.isPublished(failure.output)).isFalse();
    }

    @Test
    void aRecipientsFileThatCannotBeReadFailsInOneLineNamingIt() throws Exception {
        Path recipients = temp.resolve("vanished.csv");
        ReferenceInput input = new ReferenceInput(List.of(recipients), null);

        Throwable thrown = catchThrowable(() -> new ReferenceStore(temp.resolve("store")).ensure(input, 2, rows -> {}));

        assertThat(SbirEnrich.oneLine(thrown)).startsWith("recipients file " + recipients
                + ": the file vanished or cannot be opened");
        assertThat(thrown).isInstanceOf(InputFormatException.class);
    }

    @Test
    void aNetworkErrorIsRetriedThenGivenUpNamingTheLastCause() throws Exception {
        Path awards = copy("flaky.csv");
        FaultyFileSystem.failReads(awards, 200_000, () -> new SocketException("Connection reset"));
        // The local run's number of attempts, with shorter waits than its 1 s, 2 s, 4 s.
        EnrichmentSettings settings = TestSettings.with(Map.of("pipeline.flinkOptions", Map.of(
                "restart-strategy.exponential-delay.initial-backoff", "50 ms",
                "restart-strategy.exponential-delay.max-backoff", "200 ms")));

        long started = System.nanoTime();
        Failure failure = run(awards, data.resolve(DataGenerator.RECIPIENTS_CSV), settings);
        long ms = (System.nanoTime() - started) / 1_000_000;

        assertThat(FaultyFileSystem.opens(awards)).as("first attempt and each restart")
                .isEqualTo(1 + JobConfiguration.LOCAL_RESTART_ATTEMPTS);
        assertThat(failure.line).isEqualTo("the job failed again after " + JobConfiguration.LOCAL_RESTART_ATTEMPTS
                + " restarts and gave up; last cause: SocketException: Connection reset");
        assertThat(failure.exitCode).isEqualTo(1);
        System.out.printf("network error: gave up after %d restarts in %d ms%n", JobConfiguration.LOCAL_RESTART_ATTEMPTS, ms);
    }

    private Path copy(String name) throws IOException {
        return copy(name, DataGenerator.AWARDS_FILE);
    }

    private Path copy(String name, String generated) throws IOException {
        return java.nio.file.Files.copy(data.resolve(generated), temp.resolve(name));
    }

    private record Failure(String line, int exitCode, Path output) {}

    /** Runs the job as a local run would, expecting it to fail, and reports what the CLI would print. */
    private Failure run(Path awards, Path recipients, EnrichmentSettings given) throws Exception {
        EnrichmentSettings settings = given.with(Map.of("pipeline.webUiPort", 0, "pipeline.checkpointIntervalMs", 500));
        Path output = temp.resolve("out");
        var env = StreamExecutionEnvironment.getExecutionEnvironment(
                JobConfiguration.forLocalRun(settings.pipeline, output.resolve("_checkpoints").toUri().toString()));
        SnapshotDescriptor reference = new ReferenceStore(temp.resolve("store"))
                .ensure(new ReferenceInput(List.of(recipients), null), 2, rows -> {}).descriptor();
        EnrichmentPipeline.build(env,
                new PipelineSources(FileSources.awards(List.of(FaultyFileSystem.location(awards)), Duration.ZERO),
                        reference),
                FileSinks.under(new org.apache.flink.core.fs.Path(output.toUri())), settings);
        Throwable thrown = catchThrowable(() -> env.execute("faults"));
        assertThat(thrown).as("the job fails").isNotNull();
        String line = SbirEnrich.oneLine(thrown);
        assertThat(line.lines()).hasSize(1);
        int exit = SbirEnrich.cause(thrown, InputFormatException.class) != null ? 2 : 1;
        return new Failure(line, exit, output);
    }
}

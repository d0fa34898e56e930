package dev.sbirenrich.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sbirenrich.cluster.FlinkRestClient;
import dev.sbirenrich.config.EnrichmentSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What `submit` sends as the job jar's arguments, and how the JobManager address is read. */
class SubmitCommandTest {
    @Test
    void runOptionsBecomeJobArgumentsWithAbsoluteLocalPaths() {
        SubmitCommand submit = new SubmitCommand();
        new CommandLine(submit).parseArgs("--jobmanager", "127.0.0.1:8081",
                "--awards", "data/a.csv,s3://bucket/b.csv", "--recipients", "/abs/r.csv", "--output", "out/x",
                "--parallelism", "4", "--reference-store", "store", "--monitor-awards", "10",
                "--reference-updates", "dumps");

        assertThat(SubmitCommand.jobArguments(submit.run, submit.streaming)).containsExactly(
                "--awards", Path.of("data/a.csv").toAbsolutePath() + ",s3://bucket/b.csv",
                "--recipients", "/abs/r.csv",
                "--output", Path.of("out/x").toAbsolutePath().toString(),
                "--recipients-format", "csv",
                "--parallelism", "4",
                "--reference-store", Path.of("store").toAbsolutePath().toString(),
                "--monitor-awards", "10",
                "--reference-updates", Path.of("dumps").toAbsolutePath().toString());
    }

    @Test
    void referenceUpdatesNeedAWatchingJob() {
        StreamingJobOptions once = new StreamingJobOptions();
        new CommandLine(once).parseArgs("--reference-updates", "dumps");
        assertThatThrownBy(() -> once.over(EnrichmentSettings.defaults())).hasMessageContaining("--monitor-awards");

        StreamingJobOptions watching = new StreamingJobOptions();
        new CommandLine(watching).parseArgs("--monitor-awards", "5", "--reference-updates", "dumps");
        var settings = watching.over(EnrichmentSettings.defaults()).pipeline;
        assertThat(settings.awardsMonitorIntervalMs).isEqualTo(5_000);
        assertThat(settings.referenceUpdates).isEqualTo(Path.of("dumps").toAbsolutePath().toString());
    }

    @Test
    void jobManagerIsHostAndPortOrUrl() {
        assertThat(FlinkRestClient.forJobManager("jm:8081").base()).hasToString("http://jm:8081");
        assertThat(FlinkRestClient.forJobManager("https://flink.example:443/").base()).hasToString("https://flink.example:443");
        assertThatThrownBy(() -> FlinkRestClient.forJobManager("jm")).hasMessageContaining("HOST:PORT");
    }
}

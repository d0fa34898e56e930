package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sbirenrich.config.PipelineSettings;
import dev.sbirenrich.config.TestSettings;
import java.nio.file.Path;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.TaskManagerOptions;
import org.junit.jupiter.api.Test;

class JobConfigurationTest {
    private static final String RESTART = "restart-strategy.";

    /** The job sets the cluster's restart policy itself, so it holds on a cluster configured otherwise. */
    @Test
    void theJobsRestartPolicyIsTheClusterConfigs() throws Exception {
        JsonNode cluster = new ObjectMapper(new YAMLFactory()).readTree(Path.of("flink-conf/config.yaml").toFile());
        Map<String, String> job = JobConfiguration.forJob(new PipelineSettings()).toMap();

        assertThat(job.get("restart-strategy.exponential-delay.attempts-before-reset-backoff"))
                .isEqualTo(String.valueOf(JobConfiguration.JOB_RESTART_ATTEMPTS));
        job.entrySet().stream().filter(e -> e.getKey().startsWith(RESTART)).forEach(e ->
                assertThat(normalized(cluster.path(e.getKey()).asText())).as(e.getKey()).isEqualTo(normalized(e.getValue())));
        cluster.fieldNames().forEachRemaining(key -> {
            if (key.startsWith(RESTART)) {
                assertThat(job).as("set by the job too").containsKey(key);
            }
        });
    }

    @Test
    void aLocalRunGivesUpSoonerAndKeepsItsCheckpointsWhenStopped() {
        Map<String, String> local = JobConfiguration.forLocalRun(new PipelineSettings(), "file:///tmp/chk").toMap();

        assertThat(local).containsEntry("restart-strategy.type", "exponential-delay")
                .containsEntry("restart-strategy.exponential-delay.attempts-before-reset-backoff",
                        String.valueOf(JobConfiguration.LOCAL_RESTART_ATTEMPTS))
                .containsEntry("restart-strategy.exponential-delay.backoff-multiplier", "2.0")
                .containsEntry("execution.checkpointing.externalized-checkpoint-retention", "RETAIN_ON_CANCELLATION");
    }

    @Test
    void aLocalRunReservesNetworkBuffersByItsParallelismNotFlinksFixed64MiB() {
        Configuration two = JobConfiguration.forLocalRun(new PipelineSettings(), "file:///tmp/chk");
        Configuration eight = JobConfiguration.forLocalRun(
                TestSettings.with(Map.of("pipeline.parallelism", 8)).pipeline, "file:///tmp/chk");

        assertThat(two.get(TaskManagerOptions.NETWORK_MEMORY_MIN)).isEqualTo(MemorySize.ofMebiBytes(16));
        assertThat(two.get(TaskManagerOptions.NETWORK_MEMORY_MAX)).isEqualTo(MemorySize.ofMebiBytes(16));
        assertThat(eight.get(TaskManagerOptions.NETWORK_MEMORY_MAX)).isEqualTo(MemorySize.ofMebiBytes(64));
    }

    @Test
    void everyLocalSocketListensOnLoopbackUnlessTheBindAddressSaysOtherwise() {
        PipelineSettings settings = TestSettings.pipeline(Map.of("metricsPort", "9250-9260"));
        Configuration loopback = JobConfiguration.forLocalRun(settings, "file:///tmp/chk");
        assertThat(loopback.toMap()).containsEntry("rest.bind-address", "127.0.0.1")
                .containsEntry("jobmanager.bind-host", "127.0.0.1")
                .containsEntry("taskmanager.bind-host", "127.0.0.1")
                .containsEntry("metrics.reporter.prom.host", "127.0.0.1")
                .containsEntry("metrics.reporter.prom.factory.class",
                        "dev.sbirenrich.metrics.BoundPrometheusReporterFactory");

        Map<String, String> exposed = JobConfiguration.forLocalRun(
                TestSettings.pipeline(Map.of("metricsPort", "9250-9260", "bindAddress", "0.0.0.0")), "file:///tmp/chk").toMap();
        assertThat(exposed).containsEntry("rest.bind-address", "0.0.0.0")
                .containsEntry("jobmanager.bind-host", "0.0.0.0")
                .containsEntry("taskmanager.bind-host", "0.0.0.0")
                .containsEntry("metrics.reporter.prom.host", "0.0.0.0")
                .containsEntry("rest.address", "127.0.0.1");
    }

    /** "1 min" and "60000 ms", "1.5" and "1.5": compare durations by their Flink reading. */
    private static String normalized(String value) {
        Configuration conf = new Configuration();
        conf.setString("d", value);
        try {
            return conf.get(org.apache.flink.configuration.ConfigOptions.key("d").durationType().noDefaultValue()).toString();
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}

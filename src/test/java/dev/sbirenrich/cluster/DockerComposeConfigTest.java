package dev.sbirenrich.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml is valid for `docker-compose config` and stays consistent with the tested local
 * cluster: the pom's Flink version, the same flink-conf/ and job jar, and the checkpoint and
 * savepoint directories of config.yaml on the mounted data volume.
 */
class DockerComposeConfigTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> FLINK_SERVICES = List.of("jobmanager", "taskmanager", "submit");

    @Test
    void composeFileIsValidAndMatchesTheLocalCluster() throws Exception {
        JsonNode compose = YAML.readTree(dockerCompose("config"));
        String flinkVersion = pomProperty("flink.version");

        for (String name : FLINK_SERVICES) {
            JsonNode service = compose.path("services").path(name);
            assertThat(service.path("image").asText()).as(name).startsWith("flink:" + flinkVersion + "-");
            assertThat(volumeTargets(service)).as(name)
                    .anySatisfy(v -> assertThat(v).endsWith("/flink-conf:/opt/sbir-enrich/flink-conf:ro"))
                    .anySatisfy(v -> assertThat(v).endsWith("/target/sbir-enrich-job.jar:/opt/sbir-enrich/sbir-enrich-job.jar:ro"))
                    .anySatisfy(v -> assertThat(v).startsWith("flink-data:/flink-data"));
        }
        String config = Files.readString(Path.of("flink-conf/config.yaml"));
        assertThat(config).contains("execution.checkpointing.dir: file:///flink-data/")
                .contains("execution.checkpointing.savepoint-dir: file:///flink-data/");
        assertThat(compose.path("services").path("prometheus").path("volumes").toString())
                .contains("dashboards/prometheus/alert-rules.yml");
        assertThat(compose.path("services").path("grafana").path("volumes").toString()).contains("/dashboards:");
    }

    private static List<String> volumeTargets(JsonNode service) {
        return java.util.stream.StreamSupport.stream(service.path("volumes").spliterator(), false)
                .map(JsonNode::asText).toList();
    }

    /** Runs docker-compose in the project directory; `config -q` must pass before the output is read. */
    private static String dockerCompose(String... args) throws IOException, InterruptedException {
        assumeTrue(onPath("docker-compose"),
                "docker-compose is not installed (Debian package docker-compose; bin/run-tests installs it): skipped");
        run(List.of("docker-compose", "config", "-q"));
        var command = new java.util.ArrayList<>(List.of("docker-compose"));
        command.addAll(List.of(args));
        return run(command);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
        return output;
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static String pomProperty(String name) throws IOException {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(matcher.find()).as(name + " in pom.xml").isTrue();
        return matcher.group(1);
    }
}

package dev.sbirenrich.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo --keep-ui} in its own JVM, as bin/sbir-enrich starts it: after the job, the web UI
 * stays up with the finished job until the process gets SIGTERM (what Ctrl-C sends to the JVM),
 * and then the process ends by itself.
 */
class DemoKeepUiIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void theWebUiShowsTheFinishedJobUntilStopped() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Dlog4j.configurationFile=" + PROJECT.resolve("flink-conf/log4j-cli.properties"),
                "-cp", PROJECT.resolve("target/classes") + ":"
                        + Files.readString(PROJECT.resolve("target/classpath.txt")).strip(),
                SbirEnrich.class.getName(), "demo", "--keep-ui", "--web-ui-port", Integer.toString(port),
                "--output", temp.resolve("demo").toString()))
                .directory(PROJECT.toFile())
                .redirectErrorStream(true);
        builder.environment().put("SBIR_ENRICH_REFERENCE_STORE", temp.resolve("reference-store").toString());
        Process demo = builder.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("The web UI stays up")) {
                seen.append(line).append('\n');
            }
            assertThat(line).as("the demo's output:%n%s", seen).isEqualTo("The web UI stays up at http://127.0.0.1:"
                    + port + " with the finished job: press Ctrl-C to stop.");
            assertThat(seen).contains("Quality gate       passed");

            HttpResponse<String> overview = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/jobs/overview")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode job = new ObjectMapper().readTree(overview.body()).path("jobs").path(0);
            assertThat(job.path("name").asText()).isEqualTo("sbir-enrich");
            assertThat(job.path("state").asText()).isEqualTo("FINISHED");
            assertThat(demo.isAlive()).as("still up after the job").isTrue();

            demo.destroy(); // SIGTERM
            assertThat(demo.waitFor(30, TimeUnit.SECONDS)).as("stopped by itself").isTrue();
        } finally {
            demo.destroyForcibly();
        }
    }
}

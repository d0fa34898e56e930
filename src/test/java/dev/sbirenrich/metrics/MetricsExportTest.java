package dev.sbirenrich.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sbirenrich.config.EnrichmentSettings;
import dev.sbirenrich.config.TestSettings;
import dev.sbirenrich.datagen.DataGenerator;
import dev.sbirenrich.datagen.GeneratorOptions;
import dev.sbirenrich.model.Rejection;
import dev.sbirenrich.pipeline.EnrichmentPipeline;
import dev.sbirenrich.pipeline.FileSinks;
import dev.sbirenrich.pipeline.JobConfiguration;
import dev.sbirenrich.pipeline.PipelineSources;
import dev.sbirenrich.pipeline.RecordFileFormat;
import dev.sbirenrich.reference.ReferenceInput;
import dev.sbirenrich.reference.ReferenceStore;
import dev.sbirenrich.reference.SnapshotDescriptor;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.util.TestStreamEnvironment;
import org.apache.flink.test.util.MiniClusterWithClientResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the production topology with the Prometheus reporter on a dedicated MiniCluster (the shared
 * one has no reporter) against a reference that matches almost none of the awards. The awards
 * directory is monitored, so the job keeps running while its metrics are checked: every metric the
 * dashboards and alert rules query must be in the real scrape, promtool must accept the rules, and a
 * real Prometheus scraping the job must fire the match-rate alert.
 */
class MetricsExportTest {
    static final Path DASHBOARDS = Path.of("dashboards");
    static final Path PROMETHEUS_DIR = DASHBOARDS.resolve("prometheus");
    static final Pattern METRIC_NAME = Pattern.compile("\\bflink_[A-Za-z0-9_]+");
    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final int AWARDS = 300;
    /** Appended to the awards file: rejected rows (too few columns), so the per-reason counter exists. */
    static final List<String> BROKEN_ROWS = List.of("Broken Row Inc,only three,cells", "Another Broken,row");
    static final int PORTS = 6;

    @TempDir
    static Path temp;

    static MiniClusterWithClientResource cluster;
    static JobClient job;
    static int firstPort;
    static SnapshotDescriptor reference;
    static final Set<String> everExported = ConcurrentHashMap.newKeySet();
    static final ScheduledExecutorService scraper = Executors.newSingleThreadScheduledExecutor();

    @BeforeAll
    static void startJob() throws Exception {
        // Awards of one generated world against the reference of another: a poor match rate.
        Path awardsWorld = generate(temp.resolve("awards-world"), 1, 400);
        Path referenceWorld = generate(temp.resolve("reference-world"), 2, 20_000);
        Path awardsDir = Files.createDirectories(temp.resolve("awards"));
        Path awardsFile = awardsDir.resolve("awards.csv");
        Files.copy(awardsWorld.resolve(DataGenerator.AWARDS_FILE), awardsFile);
        Files.writeString(awardsFile, String.join("\n", BROKEN_ROWS) + "\n", StandardOpenOption.APPEND);

        firstPort = freePortRange(PORTS);
        // What `run --metrics-port FROM-TO` sets: the reporter comes from the local run's own configuration.
        EnrichmentSettings settings = TestSettings.with(Map.of("pipeline.webUiPort", 0,
                "pipeline.checkpointIntervalMs", 500, "pipeline.metricsPort", firstPort + "-" + (firstPort + PORTS - 1)));
        Path output = temp.resolve("output");
        Configuration conf = JobConfiguration.forLocalRun(settings.pipeline, output.resolve("_checkpoints").toUri().toString());
        cluster = new MiniClusterWithClientResource(new MiniClusterResourceConfiguration.Builder()
                .setConfiguration(conf).setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());
        cluster.before();
        TestStreamEnvironment.setAsContext(cluster.getMiniCluster(), 2);
        var env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        var awards = FileSource.forBulkFileFormat(RecordFileFormat.awards(), flinkPath(awardsDir))
                .monitorContinuously(Duration.ofSeconds(1)).build();
        reference = new ReferenceStore(temp.resolve("reference-store")).ensure(new ReferenceInput(
                List.of(referenceWorld.resolve(DataGenerator.RECIPIENTS_CSV)), null), 2, rows -> {}).descriptor();
        EnrichmentPipeline.build(env, new PipelineSources(awards, reference),
                FileSinks.under(flinkPath(output)), settings);
        job = env.executeAsync("metrics-export-test");
        // Metrics of finished tasks (the one-element snapshot source) leave the scrape: collect names all along.
        scraper.scheduleWithFixedDelay(() -> everExported.addAll(names(scrape())), 0, 200, TimeUnit.MILLISECONDS);

        awaitTrue("every award enriched and a checkpoint taken, in the scrape", Duration.ofSeconds(120), () ->
                sum(scrape(), "flink_taskmanager_job_task_operator_awardsEnriched") >= AWARDS * 0.9
                        && sum(scrape(), "flink_jobmanager_job_numberOfCompletedCheckpoints") >= 1);
    }

    @AfterAll
    static void stopJob() throws Exception {
        scraper.shutdownNow();
        if (job != null) {
            job.cancel().get(30, TimeUnit.SECONDS);
        }
        TestStreamEnvironment.unsetAsContext();
        if (cluster != null) {
            cluster.after();
        }
    }

    @Test
    void everyMetricOfEveryDashboardAndAlertRuleIsExported() throws Exception {
        Set<String> exported = new TreeSet<>(everExported);
        List<String> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            for (Path dashboard : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JSON.readTree(dashboard.toFile()).findValues("expr").forEach(e -> queries.add(e.asText()));
            }
        }
        int dashboardQueries = queries.size();
        YAML.readTree(PROMETHEUS_DIR.resolve("alert-rules.yml").toFile()).findValues("expr")
                .forEach(e -> queries.add(e.asText()));

        assertThat(dashboardQueries).as("dashboard panel queries").isGreaterThan(20);
        assertThat(queries.size() - dashboardQueries).as("alert rule expressions").isGreaterThanOrEqualTo(5);
        Set<String> used = new TreeSet<>();
        queries.forEach(q -> used.addAll(metricNames(q)));
        assertThat(exported).as("metrics in the scrape").containsAll(used);
        // The job's own metrics, by the names docs/metrics.md documents.
        assertThat(exported).contains(
                "flink_taskmanager_job_task_operator_awardsRead",
                "flink_taskmanager_job_task_operator_reason_rejectedRows",
                "flink_taskmanager_job_task_operator_referenceRows",
                "flink_taskmanager_job_task_operator_referenceSwitches",
                "flink_taskmanager_job_task_operator_awardsInputProgress");
    }

    @Test
    void inputProgressAndTheReferenceSnapshotAreReported() throws Exception {
        String scrape = scrape();
        assertThat(sum(scrape, "flink_taskmanager_job_task_operator_awardsInputBytesRead"))
                .isEqualTo(sum(scrape, "flink_taskmanager_job_task_operator_awardsInputBytes"))
                .isEqualTo((double) Files.size(temp.resolve("awards").resolve("awards.csv")));
        // every enrichment subtask matches against the submitted snapshot, none has switched
        assertThat(values(scrape, "flink_taskmanager_job_task_operator_referenceRows")).hasSize(2)
                .containsOnly((double) reference.rows);
        assertThat(reference.rows).isGreaterThan(19_000);
        assertThat(max(scrape, "flink_taskmanager_job_task_operator_referenceSwitches")).isZero();
        assertThat(sum(scrape, "flink_taskmanager_job_task_operator_awardsRead")).isEqualTo(AWARDS + BROKEN_ROWS.size());
        assertThat(sum(scrape, "flink_taskmanager_job_task_operator_reason_rejectedRows")).isEqualTo(BROKEN_ROWS.size());
    }

    @Test
    void everyRejectionReasonIsExportedFromTheStartEvenAtZero() throws Exception {
        String scrape = scrape();
        for (String reason : Rejection.REASONS) {
            assertThat(scrape.lines()
                    .filter(line -> line.startsWith("flink_taskmanager_job_task_operator_reason_rejectedRows{"))
                    // Flink's Prometheus reporter turns the dashes of label values into underscores.
                    .filter(line -> line.contains("reason=\"" + reason.replace('-', '_') + "\"")))
                    .as("rejectedRows{reason=%s}", reason).isNotEmpty();
        }
    }

    @Test
    void promtoolAcceptsTheAlertRulesAndTheScrapeConfig() throws Exception {
        assumeTrue(onPath("promtool"), "promtool not installed (Debian package prometheus): rules not validated");
        for (String[] check : List.of(new String[] {"rules", "alert-rules.yml"}, new String[] {"config", "prometheus.yml"})) {
            Process promtool = new ProcessBuilder("promtool", "check", check[0], check[1])
                    .directory(PROMETHEUS_DIR.toFile()).redirectErrorStream(true).start();
            String out = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(promtool.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(promtool.exitValue()).as(out).isZero();
        }
    }

    @Test
    void prometheusScrapesTheJobAndFiresTheMatchRateAlert() throws Exception {
        assumeTrue(onPath("prometheus"), "prometheus not installed (Debian package prometheus): alert not exercised");
        Path dir = Files.createDirectories(temp.resolve("prometheus"));
        int port = freePortRange(1);
        writeTestConfig(dir);
        Process prometheus = new ProcessBuilder("prometheus",
                "--config.file=" + dir.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        try {
            String api = "http://127.0.0.1:" + port + "/api/v1/";
            awaitTrue("Prometheus sees the job's awards", Duration.ofSeconds(60), () -> {
                JsonNode result = apiGet(api + "query?query="
                        + URLEncoder.encode("sum(flink_taskmanager_job_task_operator_awardsEnriched)", StandardCharsets.UTF_8))
                        .path("data").path("result");
                return result.size() == 1 && result.get(0).path("value").get(1).asDouble() >= AWARDS * 0.9;
            });
            awaitTrue("SbirEnrichMatchRateLow firing", Duration.ofSeconds(60), () -> {
                for (JsonNode alert : apiGet(api + "alerts").path("data").path("alerts")) {
                    if (alert.path("labels").path("alertname").asText().equals("SbirEnrichMatchRateLow")
                            && alert.path("state").asText().equals("firing")) {
                        return true;
                    }
                }
                return false;
            });
        } finally {
            prometheus.destroy();
            if (!prometheus.waitFor(20, TimeUnit.SECONDS)) {
                prometheus.destroyForcibly();
            }
        }
    }

    /** The project's scrape config and rules, pointed at this job's ports, with 1 s intervals and hold times. */
    private static void writeTestConfig(Path dir) throws IOException {
        ObjectNode config = (ObjectNode) YAML.readTree(PROMETHEUS_DIR.resolve("prometheus.yml").toFile());
        ObjectNode global = (ObjectNode) config.path("global");
        global.put("scrape_interval", "1s").put("evaluation_interval", "1s");
        ArrayNode targets = (ArrayNode) config.path("scrape_configs").get(0).path("static_configs").get(0).path("targets");
        targets.removeAll();
        for (int p = firstPort; p < firstPort + PORTS; p++) {
            targets.add("127.0.0.1:" + p);
        }
        ((ArrayNode) config.path("rule_files")).removeAll().add(dir.resolve("alert-rules.yml").toString());
        YAML.writeValue(dir.resolve("prometheus.yml").toFile(), config);

        JsonNode rules = YAML.readTree(PROMETHEUS_DIR.resolve("alert-rules.yml").toFile());
        for (JsonNode rule : rules.findParents("alert")) {
            if (rule.has("for")) {
                ((ObjectNode) rule).put("for", "1s");
            }
        }
        YAML.writeValue(dir.resolve("alert-rules.yml").toFile(), rules);
    }

    /** Every endpoint of the range that answers: a MiniCluster opens one per metric registry. */
    static String scrape() {
        StringBuilder all = new StringBuilder();
        for (int p = firstPort; p < firstPort + PORTS; p++) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + p + "/metrics")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                all.append(response.body()).append('\n');
            } catch (IOException e) {
                // nothing listens on this port of the range
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return all.toString();
    }

    static Set<String> names(String scrape) {
        Set<String> names = new TreeSet<>();
        scrape.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .forEach(l -> names.add(l.split("[{ ]", 2)[0]));
        return names;
    }

    static Set<String> metricNames(String query) {
        Set<String> names = new TreeSet<>();
        Matcher m = METRIC_NAME.matcher(query);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    static double sum(String scrape, String name) {
        return values(scrape, name).stream().mapToDouble(Double::doubleValue).sum();
    }

    static double max(String scrape, String name) {
        return values(scrape, name).stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static List<Double> values(String scrape, String name) {
        return scrape.lines()
                .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .toList();
    }

    private static JsonNode apiGet(String url) {
        try {
            return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            return JSON.createObjectNode(); // not ready yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + limit.toSeconds() + " s waiting for: " + what);
            }
            Thread.sleep(250);
        }
    }

    private static Path generate(Path dir, long seed, long recipients) throws IOException {
        GeneratorOptions options = new GeneratorOptions();
        options.recipients = recipients;
        options.awards = AWARDS;
        options.seed = seed;
        options.outDir = dir;
        options.progress = false;
        new DataGenerator(new PrintStream(OutputStream.nullOutputStream())).generate(options);
        return dir;
    }

    /** The first of {@code count} consecutive ports that are free now (ephemeral-range start, then upwards). */
    static int freePortRange(int count) throws IOException {
        int base;
        try (ServerSocket probe = new ServerSocket(0)) {
            base = probe.getLocalPort();
        }
        for (int start = base; start + count < 65_000; start += count) {
            if (allFree(start, count)) {
                return start;
            }
        }
        throw new IOException("no " + count + " consecutive free ports above " + base);
    }

    private static boolean allFree(int start, int count) {
        for (int p = start; p < start + count; p++) {
            try (ServerSocket socket = new ServerSocket(p)) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static org.apache.flink.core.fs.Path flinkPath(Path path) {
        return new org.apache.flink.core.fs.Path(path.toAbsolutePath().toUri());
    }
}

package dev.sbirenrich.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sbirenrich.cli.PacedEnrichmentJob;
import dev.sbirenrich.cli.SbirEnrich;
import dev.sbirenrich.datagen.DataGenerator;
import dev.sbirenrich.datagen.GeneratorOptions;
import dev.sbirenrich.io.AwardCsvReader;
import dev.sbirenrich.quality.RunGate;
import dev.sbirenrich.reference.ReferenceInput;
import dev.sbirenrich.reference.ReferenceStore;
import dev.sbirenrich.report.OutputScan;
import dev.sbirenrich.run.CommittedFiles;
import dev.sbirenrich.run.OutputLayout;
import dev.sbirenrich.run.RunSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The job on a real standalone cluster (JobManager and TaskManager in their own JVMs, started by
 * bin/flink-cluster), submitted as production submits it: the shaded job jar over REST and with the
 * `flink run` CLI. One cluster for all scenarios. So that failures land mid-run, the scenarios
 * submit a copy of the job jar whose entry point ({@link PacedEnrichmentJob}) runs the same job with
 * its awards paced, and failing once when asked. Exactly-once = every input award appears once in
 * the committed output.
 */
@Tag("cluster")
class StandaloneClusterIT {
    private static final Path JAR = LocalFlinkCluster.PROJECT.resolve(JobSubmission.JOB_JAR);
    private static final Path WORK = LocalFlinkCluster.PROJECT.resolve("target/cluster-it");
    private static final Path PACED_JAR = WORK.resolve("sbir-enrich-paced-job.jar");
    /** The reference store of every job here, never the user's ~/.cache. */
    private static final Path STORE = WORK.resolve("reference-store");
    private static final Duration WAIT = Duration.ofMinutes(3);
    /** Awards a second of each source reader: an awards file is read by one, 4,000 awards in 10 s. */
    private static final int AWARDS_PER_SECOND = 400;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** First character of every UEI in the renumbered (November) dump; the generator's UEI alphabet has no 0. */
    private static final String RENUMBERED = "0";

    private static LocalFlinkCluster cluster;
    private static Path first;
    private static Path second;
    private static Path otherReference;
    private static long firstAwards;
    private static long secondAwards;

    @BeforeAll
    static void startClusterAndGenerateData() throws Exception {
        assertThat(JAR).as("the job jar (mvn package builds it before the integration tests)").isRegularFile();
        deleteTree(WORK);
        Files.createDirectories(WORK);
        TestJobJar.build(JAR, PacedEnrichmentJob.class, PACED_JAR);
        first = generate("first", 3_000, 4_000, 1);
        second = generate("second", 1_000, 2_000, 2);
        otherReference = generate("other-reference", 5_000, 0, 3);
        firstAwards = countAwards(first.resolve(DataGenerator.AWARDS_FILE));
        secondAwards = countAwards(second.resolve(DataGenerator.AWARDS_FILE));
        cluster = LocalFlinkCluster.start(WORK.resolve("cluster"));
    }

    /**
     * A test that fails mid-run leaves its job running; cancel it, so that the next test finds the
     * cluster's slots free instead of waiting for them.
     */
    @AfterEach
    void cancelUnfinishedJobs() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (JsonNode job : cluster.client.get("/jobs/overview").path("jobs")) {
            String state = job.path("state").asText();
            if (!List.of("FINISHED", "CANCELED", "FAILED").contains(state)) {
                http.send(HttpRequest.newBuilder(cluster.client.base().resolve("/jobs/" + job.path("jid").asText()))
                        .method("PATCH", HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        }
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void killedTaskManagerIsReplacedAndTheJobRestoresFromItsLastCheckpoint() throws Exception {
        Path output = WORK.resolve("kill-output");
        // Submitted with the standard CLI: `flink run -d <jar> <job arguments>`.
        List<String> cli = new ArrayList<>(List.of("run", "-d", PACED_JAR.toString()));
        cli.addAll(paced(null, jobArguments(first.resolve(DataGenerator.AWARDS_FILE), first, output, config("kill"),
                List.of())));
        String jobId = jobIdIn(cluster.flink(cli.toArray(String[]::new)));

        await("a quarter of the awards committed", () -> committed(output).awardsEnriched > firstAwards / 4);
        long killed = cluster.taskManagerPid();
        ProcessHandle.of(killed).orElseThrow().destroyForcibly();

        await("the job restored a checkpoint", () -> restored(jobId).isObject());
        assertThat(cluster.client.awaitJobState(jobId, WAIT, "FINISHED", "FAILED", "CANCELED")).isEqualTo("FINISHED");
        assertThat(failuresRecorded(jobId)).as("failures in the job's exception history").isPositive();
        assertThat(cluster.taskManagerPid()).as("the supervisor started a replacement").isNotEqualTo(killed);
        assertThat(ProcessHandle.of(cluster.taskManagerPid()).map(ProcessHandle::isAlive)).contains(true);
        assertThat(restoredCheckpoint(jobId).path("is_savepoint").asBoolean(true)).isFalse();
        assertExactlyOnce(output, firstAwards);
    }

    @Test
    void injectedFailureRestoresFromCheckpointAndRaisesTheAlert() throws Exception {
        Path output = WORK.resolve("failure-output");
        String jobId = submit(paced(firstAwards / 2, jobArguments(first.resolve(DataGenerator.AWARDS_FILE), first,
                output, config("failure"), List.of())), null, false);

        await("the job restored a checkpoint", () -> restored(jobId).isObject());
        assertThat(cluster.client.awaitJobState(jobId, WAIT, "FINISHED", "FAILED", "CANCELED")).isEqualTo("FINISHED");
        assertThat(failuresRecorded(jobId)).as("failures in the job's exception history").isPositive();
        JsonNode restored = restoredCheckpoint(jobId);
        assertThat(restored.path("is_savepoint").asBoolean(true)).isFalse();
        assertThat(cluster.client.get("/jobs/" + jobId + "/exceptions").toString()).contains("injected failure");
        assertThat(cluster.taskManagerLog()).anySatisfy(line -> assertThat(line)
                .contains("ALERT WARNING recovered from checkpoint " + restored.path("id").asLong()));
        assertExactlyOnce(output, firstAwards);
    }

    @Test
    void stopWithSavepointThenResumeWithMoreAwards() throws Exception {
        Path awardsDir = Files.createDirectories(WORK.resolve("resume-awards"));
        Path output = WORK.resolve("resume-output");
        List<String> monitored = List.of("--monitor-awards", "1");
        Path config = config("resume");
        // A watching job may start before its first awards file arrives.
        String firstRun = submit(paced(null, jobArguments(awardsDir, first, output, config, monitored)), null, false);
        dropFile(first.resolve(DataGenerator.AWARDS_FILE), awardsDir.resolve("first.csv"));

        await("a quarter of the awards committed", () -> committed(output).awardsEnriched > firstAwards / 4);
        String savepoint = stop(firstRun);
        assertThat(committed(output).awardsEnriched + committed(output).awardsRejected).isLessThan(firstAwards);

        dropFile(second.resolve(DataGenerator.AWARDS_FILE), awardsDir.resolve("second.csv"));
        String resumed = submit(paced(null, jobArguments(awardsDir, first, output, config, monitored)), savepoint,
                false);
        await("both award files committed", () -> {
            RunSummary summary = committed(output);
            return summary.awardsEnriched + summary.awardsRejected >= firstAwards + secondAwards;
        });
        stop(resumed);
        assertThat(cluster.taskManagerLog()).anySatisfy(line -> assertThat(line)
                .contains("ALERT INFO resumed from savepoint or checkpoint"));
        assertExactlyOnce(output, firstAwards + secondAwards);
    }

    @Test
    void aNewRecipientsDumpRefreshesTheReferenceOfAWatchingJob() throws Exception {
        Path awardsDir = Files.createDirectories(WORK.resolve("refresh-awards"));
        Path updatesDir = Files.createDirectories(WORK.resolve("refresh-updates"));
        Path output = WORK.resolve("refresh-output");
        Path awards = second.resolve(DataGenerator.AWARDS_FILE);
        Path config = config("refresh");
        String jobId = submit(paced(null, jobArguments(awardsDir, second, output, config,
                List.of("--monitor-awards", "1", "--reference-updates", updatesDir.toString()))), null, false);
        var october = new ReferenceStore(STORE).ensure(
                new ReferenceInput(List.of(second.resolve(DataGenerator.RECIPIENTS_CSV)), null), 1, rows -> {});
        assertThat(october.reused()).as("the job, built on the JobManager, and this process agree on the id").isTrue();
        String octoberId = october.descriptor().id;

        dropFile(awards, awardsDir.resolve("before.csv"));
        await("the first awards committed", () -> committed(output).awardsEnriched
                + committed(output).awardsRejected >= secondAwards);

        // A November dump that renumbered every company: identifier matches can only come from
        // October, name matches of the old companies only from November.
        Path november = renumbered(second, otherReference).resolve(DataGenerator.RECIPIENTS_CSV);
        dropFile(november, updatesDir.resolve("recipients-2025-11.csv"));
        await("the November snapshot built in the store", () -> new ReferenceStore(STORE).list().stream()
                .anyMatch(m -> m.inputs.equals(List.of("recipients-2025-11.csv"))));
        String novemberId = new ReferenceStore(STORE).list().stream()
                .filter(m -> m.inputs.equals(List.of("recipients-2025-11.csv"))).findFirst().orElseThrow().id;
        await("both enrichment subtasks switched at a checkpoint", () -> cluster.taskManagerLog().stream()
                .filter(line -> line.contains("reference snapshot " + novemberId + " (")
                        && line.contains("replaced " + octoberId)).count() >= 2);

        dropFile(awards, awardsDir.resolve("after.csv"));
        await("the later awards committed", () -> committed(output).awardsEnriched
                + committed(output).awardsRejected >= 2 * secondAwards);
        stop(jobId);

        assertExactlyOnce(output, 2 * secondAwards);
        Map<String, List<JsonNode>> enriched = enrichedByFile(output);
        List<JsonNode> before = enriched.getOrDefault("before.csv", List.of());
        List<JsonNode> after = enriched.getOrDefault("after.csv", List.of());
        assertThat(before).as("awards read before the refresh: October").isNotEmpty()
                .allSatisfy(award -> assertThat(award.path("reference").asText()).isEqualTo(octoberId));
        assertThat(after).as("awards read after the switch: November").hasSameSizeAs(before)
                .allSatisfy(award -> assertThat(award.path("reference").asText()).isEqualTo(novemberId));
        assertThat(before.stream().filter(StandaloneClusterIT::byIdentifier).count())
                .as("matched against the October dump by identifier").isGreaterThan(secondAwards / 4);
        List<JsonNode> afterMatched = after.stream().filter(m -> m.path("recipient").isObject()).toList();
        assertThat(after.stream().filter(StandaloneClusterIT::byIdentifier).count())
                .as("the October identifiers are gone").isLessThanOrEqualTo(secondAwards / 100);
        assertThat(afterMatched).as("the November companies matched by name")
                .hasSizeGreaterThan((int) (secondAwards / 4))
                .allSatisfy(match -> assertThat(match.path("recipient").path("uei").asText())
                        .as("a renumbered November UEI").startsWith(RENUMBERED));
    }

    @Test
    void submitWaitPublishesAGoodRunAndRefusesOneThatFailsTheGate() throws Exception {
        Path good = WORK.resolve("wait-good-output");
        int exit = SbirEnrich.commandLine().execute(submitArguments(second, second, good));
        assertThat(exit).as("exit code of a run that passes the gate").isZero();
        assertThat(good.resolve(RunGate.SUCCESS_MARKER)).isRegularFile();
        assertThat(good.resolve(RunGate.MANIFEST_FILE)).isRegularFile();
        RunSummary summary = RunSummary.read(good);
        assertThat(summary.gate.published).isTrue();
        assertThat(summary.awardsEnriched + summary.awardsRejected).isEqualTo(secondAwards);
        assertExactlyOnce(good, secondAwards);

        // The same awards against a dump of other companies: the match rate falls below the gate.
        Path bad = WORK.resolve("wait-bad-output");
        exit = SbirEnrich.commandLine().execute(submitArguments(second, otherReference, bad));
        assertThat(exit).as("exit code of a run that fails the gate").isEqualTo(1);
        assertThat(bad.resolve(RunGate.SUCCESS_MARKER)).doesNotExist();
        assertThat(Files.readString(bad.resolve(RunGate.FAILED_MARKER))).contains("match-rate");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static List<String> jobArguments(Path awards, Path data, Path output, Path config, List<String> extra) {
        List<String> args = new ArrayList<>(List.of(
                "--awards", awards.toString(),
                "--recipients", data.resolve(DataGenerator.RECIPIENTS_CSV).toString(),
                "--output", output.toString(),
                "--config", config.toString(),
                "--reference-store", STORE.toString()));
        args.addAll(extra);
        return args;
    }

    /** {@code sbir-enrich submit --wait}: awards of {@code awards}, recipients of {@code reference}. */
    private static String[] submitArguments(Path awards, Path reference, Path output) throws IOException {
        List<String> args = new ArrayList<>(List.of("submit", "--wait", "--jobmanager", cluster.jobManager,
                "--jar", JAR.toString()));
        Path config = WORK.resolve(output.getFileName() + "-settings.yaml");
        Files.writeString(config, "pipeline:\n  checkpointIntervalMs: 1000\n"
                + "quality:\n  baselineDir: " + WORK.resolve(output.getFileName() + "-baselines") + "\n");
        args.addAll(jobArguments(awards.resolve(DataGenerator.AWARDS_FILE), reference, output, config, List.of()));
        return args.toArray(String[]::new);
    }

    /** Checkpoints every second. */
    private static Path config(String name) throws IOException {
        Path file = WORK.resolve(name + "-settings.yaml");
        Files.writeString(file, "pipeline:\n  checkpointIntervalMs: 1000\n");
        return file;
    }

    /** Arguments of {@link PacedEnrichmentJob}: the pace, the injected failure unless null, then the job's. */
    private static List<String> paced(Long failAfterAwards, List<String> jobArguments) {
        List<String> args = new ArrayList<>(List.of("--awards-per-second", String.valueOf(AWARDS_PER_SECOND)));
        if (failAfterAwards != null) {
            args.addAll(List.of("--fail-after-awards", String.valueOf(failAfterAwards)));
        }
        args.addAll(jobArguments);
        return args;
    }

    /** Submits {@link PacedEnrichmentJob} over REST. */
    private static String submit(List<String> args, String savepoint, boolean allowNonRestoredState) throws IOException {
        return JobSubmission.submit(cluster.client, PACED_JAR, args, savepoint, allowNonRestoredState);
    }

    private static String stop(String jobId) throws IOException {
        String trigger = cluster.client.stopWithSavepoint(jobId, null, false);
        String savepoint = cluster.client.awaitSavepoint(jobId, trigger, WAIT);
        assertThat(cluster.client.awaitJobState(jobId, WAIT, "FINISHED", "FAILED", "CANCELED")).isEqualTo("FINISHED");
        return savepoint;
    }

    /**
     * Restarts are read from the exception history and the checkpoint statistics, which outlive the
     * job; the numRestarts metric is fetched only every few seconds and only while the job runs, so a
     * short job can restart and finish between two fetches.
     */
    private static int failuresRecorded(String jobId) throws IOException {
        return cluster.client.get("/jobs/" + jobId + "/exceptions").path("exceptionHistory").path("entries").size();
    }

    private static JsonNode restored(String jobId) throws IOException {
        return cluster.client.get("/jobs/" + jobId + "/checkpoints").path("latest").path("restored");
    }

    private static JsonNode restoredCheckpoint(String jobId) throws IOException {
        JsonNode restored = restored(jobId);
        assertThat(restored.isObject()).as("the job restored a checkpoint: " + restored).isTrue();
        return restored;
    }

    private static String jobIdIn(String cliOutput) {
        Matcher matcher = Pattern.compile("JobID ([0-9a-f]{32})").matcher(cliOutput);
        assertThat(matcher.find()).as("flink run output: " + cliOutput).isTrue();
        return matcher.group(1);
    }

    private static RunSummary committed(Path output) throws IOException {
        RunSummary summary = new RunSummary();
        OutputScan.fill(summary, output);
        return summary;
    }

    private static void assertExactlyOnce(Path output, long inputAwards) throws IOException {
        RunSummary summary = committed(output);
        assertThat(summary.duplicateRecords).as("duplicates").isZero();
        assertThat(summary.missingRecords).as("missing").isZero();
        assertThat(summary.awardsEnriched + summary.awardsRejected).as("awards in the output").isEqualTo(inputAwards);
        assertThat(summary.reconciled).isTrue();
    }

    /** The "match" object of every enriched award, per awards file name. */
    private static Map<String, List<JsonNode>> enrichedByFile(Path output) throws IOException {
        Map<String, List<JsonNode>> matches = new HashMap<>();
        for (Path part : CommittedFiles.under(output.resolve(OutputLayout.ENRICHED_DIR))) {
            for (String line : Files.readAllLines(part)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode enriched = JSON.readTree(line);
                String file = Path.of(enriched.path("source").path("file").asText()).getFileName().toString();
                matches.computeIfAbsent(file, f -> new ArrayList<>()).add(enriched.path("match"));
            }
        }
        return matches;
    }

    private static boolean byIdentifier(JsonNode match) {
        String method = match.path("method").asText();
        return method.equals("uei-exact") || method.equals("duns-exact");
    }

    /**
     * The companies of {@code data} under new identifiers (every row a UEI starting with
     * {@link #RENUMBERED}, no DUNS), plus the rows of {@code others} (renumbered alike, DUNS kept):
     * a next month's dump in which only names can find the old awards' companies.
     */
    private static Path renumbered(Path data, Path others) throws IOException {
        Path dir = Files.createDirectories(WORK.resolve("renumbered"));
        Path dump = dir.resolve(DataGenerator.RECIPIENTS_CSV);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (CSVParser companies = CSVParser.parse(data.resolve(DataGenerator.RECIPIENTS_CSV), StandardCharsets.UTF_8, format);
                CSVParser rest = CSVParser.parse(others.resolve(DataGenerator.RECIPIENTS_CSV), StandardCharsets.UTF_8, format);
                CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8),
                        CSVFormat.DEFAULT.builder().setHeader(companies.getHeaderNames().toArray(String[]::new)).build())) {
            List<String> header = companies.getHeaderNames();
            int uei = header.indexOf("uei");
            int duns = header.indexOf("duns");
            long row = 0;
            for (CSVParser input : List.of(companies, rest)) {
                for (CSVRecord record : input) {
                    List<String> values = new ArrayList<>(record.toList());
                    String old = values.get(uei);
                    values.set(uei, RENUMBERED + (old.isEmpty() ? String.format("%011d", ++row) : old.substring(1)));
                    if (input == companies) {
                        values.set(duns, "");
                    }
                    out.printRecord(values);
                }
            }
        }
        return dir;
    }

    private static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("waited %d s for %s", WAIT.toSeconds(), what).isLessThan(deadline);
            Thread.sleep(300);
        }
    }

    /** A new input file appears at once (hidden while copied: the file source skips hidden files). */
    private static void dropFile(Path source, Path target) throws IOException {
        Path hidden = target.resolveSibling("." + target.getFileName());
        Files.copy(source, hidden, StandardCopyOption.REPLACE_EXISTING);
        Files.move(hidden, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path generate(String name, long recipients, long awards, long seed) throws IOException {
        GeneratorOptions options = new GeneratorOptions();
        options.recipients = recipients;
        options.awards = awards;
        options.seed = seed;
        options.outDir = WORK.resolve(name);
        options.progress = false;
        new DataGenerator(new PrintStream(OutputStream.nullOutputStream())).generate(options);
        return options.outDir;
    }

    private static long countAwards(Path file) throws IOException {
        long count = 0;
        try (InputStream in = Files.newInputStream(file); var reader = new AwardCsvReader(file.toString(), in)) {
            while (reader.next() != null) {
                count++;
            }
        }
        return count;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

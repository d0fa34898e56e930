package dev.sbirenrich.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.sbirenrich.datagen.DataGenerator;
import dev.sbirenrich.datagen.GeneratedData;
import dev.sbirenrich.model.AwardColumns;
import dev.sbirenrich.model.Rejection;
import dev.sbirenrich.pipeline.RecordFileFormat;
import dev.sbirenrich.pipeline.SharedMiniCluster;
import dev.sbirenrich.quality.RunGate;
import dev.sbirenrich.report.RunReport;
import dev.sbirenrich.run.CommittedFiles;
import dev.sbirenrich.run.OutputLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Bad input and hostile surroundings through the run command, as a user meets them (docs/reliability.md):
 * each run either reconciles or is refused with one line, and nothing is published that should not be.
 */
@ExtendWith(SharedMiniCluster.class)
class BadInputRunTest {
    static final int AWARDS = 5_000;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    @TempDir
    Path temp;

    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void generate() throws IOException {
        GeneratedData.into(data, 2_000, AWARDS);
    }

    /** The case (there 20,000 awards; docs/reliability.md has that run's time): gzipped, cut in half. */
    @Test
    void aTruncatedAwardsGzipKeepsItsRowsAndIsRefusedInOneLine() throws Exception {
        Path half = cutInHalf(gzip(data.resolve(DataGenerator.AWARDS_FILE), temp.resolve("half.csv.gz")));
        Path out = temp.resolve("out");

        long started = System.nanoTime();
        int exit = run(half, recipients(), out);
        long ms = (System.nanoTime() - started) / 1_000_000;

        assertOneLine(exit, 1, "input-truncated: awards file file:" + half
                + ": the file cannot be read past record ", "(Unexpected end of ZLIB input stream)");
        assertThat(RunGate.isPublished(out)).isFalse();
        JsonNode summary = JSON.readTree(out.resolve("run-summary.json").toFile());
        long read = summary.path("awards_read").asLong();
        assertThat(summary.path("reconciled").asBoolean()).isTrue();
        assertThat(read).isBetween(AWARDS / 3L, AWARDS - 1L);
        assertThat(summary.path("rejected_by_reason").path(Rejection.TRUNCATED_INPUT).asLong()).isEqualTo(1);
        assertThat(summary.path("awards_enriched").asLong() + summary.path("awards_rejected").asLong()).isEqualTo(read);
        assertThat(committedLines(out, OutputLayout.REJECTED_DIR)).anySatisfy(line -> {
            JsonNode rejection = JSON.readTree(line);
            assertThat(rejection.path("reason").asText()).isEqualTo(Rejection.TRUNCATED_INPUT);
            assertThat(rejection.path("record").asLong()).isEqualTo(read);
            assertThat(rejection.path("detail").asText()).startsWith("the file cannot be read past record " + (read - 1));
        });
        System.out.printf("truncated awards gzip: %d of %d rows kept, one-line exit after %d ms%n",
                read - 1, AWARDS, ms);
    }

    /** The snapshot is opened beside the cluster's start-up, and still refused before any job runs. */
    @Test
    void aCorruptSnapshotInTheStoreIsRefusedInOneLineBeforeAnyJob() throws Exception {
        Path store = temp.resolve("reference-store");
        assertThat(command("reference", "build", "--recipients", recipients().toString(),
                "--reference-store", store.toString())).as(err.toString()).isZero();
        Path snapshot;
        try (var dirs = Files.list(store)) {
            snapshot = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        try (RandomAccessFile index = new RandomAccessFile(snapshot.resolve("index.bin").toFile(), "rw")) {
            index.seek(index.length() - 1);
            int last = index.read();
            index.seek(index.length() - 1);
            index.write(last ^ 1);
        }
        Path out = temp.resolve("out");

        int exit = run(firstAwards(200), recipients(), out);

        assertOneLine(exit, 1, "reference snapshot " + snapshot.getFileName(), "is corrupt (index.bin does not match its checksum)",
                "rebuild it with `sbir-enrich reference build`");
        assertThat(RunGate.isPublished(out)).isFalse();
        assertThat(CommittedFiles.under(out.resolve(OutputLayout.ENRICHED_DIR))).isEmpty();
    }

    @Test
    void aTruncatedRecipientsGzipFailsTheGateUnlessAllowed() throws Exception {
        Path awards = firstAwards(2_000);
        Path half = cutInHalf(gzip(recipients(), temp.resolve("recipients.csv.gz")));

        int refused = run(awards, half, temp.resolve("refused"));
        assertOneLine(refused, 1, "input-truncated: recipients file " + half.getFileName(), "truncated or corrupt compressed data");

        // Half the reference is gone, and so are half the matches: the match rate is not what this is about.
        int allowed = run(awards, half, temp.resolve("allowed"), "  allowTruncatedInput: true\n  minMatchRate: 0.0\n");
        assertThat(allowed).as(err.toString()).isZero();
        assertThat(RunGate.isPublished(temp.resolve("allowed"))).isTrue();
        JsonNode summary = JSON.readTree(temp.resolve("allowed").resolve("run-summary.json").toFile());
        assertThat(summary.path("gate").path("warnings")).anySatisfy(
                warning -> assertThat(warning.asText()).startsWith("input-truncated: recipients file"));
    }

    @Test
    void aCorruptAwardsGzipIsRefusedInOneLine() throws Exception {
        Path gz = gzip(firstAwards(2_000), temp.resolve("corrupt.csv.gz"));
        byte[] bytes = Files.readAllBytes(gz);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
            bytes[i] ^= 0x5A;
        }
        Files.write(gz, bytes);

        int exit = run(gz, recipients(), temp.resolve("out"));

        assertOneLine(exit, 1, "input-truncated: awards file file:" + gz, "truncated or corrupt compressed data");
        assertThat(JSON.readTree(temp.resolve("out/run-summary.json").toFile()).path("reconciled").asBoolean()).isTrue();
    }

    @Test
    void binaryOrJsonGivenAsCsvIsRefusedBeforeTheJobStarts() throws Exception {
        Path json = Files.writeString(temp.resolve("awards.json"),
                "[{\"Company\": \"Acme\", \"UEI\": \"ABCDEFGH1234\"}]\n");
        assertOneLine(run(json, recipients(), temp.resolve("json")), 2, "awards file " + json, "lacks required column(s)");

        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        Path binary = Files.write(temp.resolve("recipients.bin"), noise);
        assertOneLine(run(firstAwards(10), binary, temp.resolve("binary")), 2, "recipients file " + binary);
    }

    /**
     * A line of 128 MiB, eight times the longest line held, without a newline between award rows: a
     * sparse file (a hole of NUL bytes, no disk space), deleted after the run. The row is rejected
     * and the run reconciles. InputFaultsTest reads a 1 GiB line with the same reader and bounds its
     * memory; through the whole job it takes about 8 s more (docs/reliability.md).
     */
    @Test
    void anOverlongLineIsOneRejectedRow() throws Exception {
        Path big = temp.resolve("overlong-line.csv");
        List<String> rows = new ArrayList<>();
        rows.add(String.join(",", AwardColumns.NAMES.stream().map(n -> "\"" + n + "\"").toList()));
        for (int i = 1; i <= 200; i++) {
            String[] row = Collections.nCopies(AwardColumns.NAMES.size(), "").toArray(String[]::new);
            row[AwardColumns.COMPANY] = "Company " + i;
            rows.add(String.join(",", row));
        }
        try {
            Files.write(big, rows.subList(0, 101));
            try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
                file.seek(file.length() + (128L << 20));
                file.write(("\n" + String.join("\n", rows.subList(101, rows.size())) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            Path out = temp.resolve("out");
            // None of these companies is in the reference: the match rate is not what this is about.
            int exit = run(big, recipients(), out, "  minMatchRate: 0.0\n");

            JsonNode summary = JSON.readTree(out.resolve("run-summary.json").toFile());
            assertThat(summary.path("reconciled").asBoolean()).as(err.toString()).isTrue();
            assertThat(summary.path("awards_read").asLong()).isEqualTo(201);
            assertThat(summary.path("rejected_by_reason").path("line-too-long").asLong()).isEqualTo(1);
            assertThat(exit).as(err.toString()).isZero();
        } finally {
            Files.deleteIfExists(big);
        }
    }

    @Test
    void aWebUiOrMetricsPortInUseIsRefusedInOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertOneLine(command("run", "--awards", firstAwards(10).toString(), "--recipients", recipients().toString(),
                    "--output", temp.resolve("web").toString(), "--web-ui-port", String.valueOf(port)),
                    2, "web UI port " + port + " on 127.0.0.1 is in use");
            assertOneLine(command("run", "--awards", firstAwards(10).toString(), "--recipients", recipients().toString(),
                    "--output", temp.resolve("metrics").toString(), "--web-ui-port", "0", "--metrics-port", String.valueOf(port)),
                    2, "metrics port " + port + " on 127.0.0.1 is in use");
        }
    }

    /** Alerts are notifications: an endpoint that refuses or hangs neither fails nor holds up the run. */
    @Test
    void aWebhookThatIsDownOrSlowNeitherFailsNorHoldsUpTheRun() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        AtomicInteger slowRequests = new AtomicInteger();
        HttpServer slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        slow.createContext("/", exchange -> {
            slowRequests.incrementAndGet();
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        slow.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        slow.start();
        try {
            String delivery = "  webhookTimeoutMs: 300\n  webhookRetries: 1\n  webhookBackoffMs: 100\n";
            for (String url : List.of("http://127.0.0.1:" + closedPort + "/down",
                    "http://127.0.0.1:" + slow.getAddress().getPort() + "/slow")) {
                Path out = temp.resolve("out-" + url.substring(url.lastIndexOf('/') + 1));
                long started = System.nanoTime();
                int exit = run(firstAwards(200), recipients(), out, "  webhookUrl: " + url + "\n" + delivery);
                long ms = (System.nanoTime() - started) / 1_000_000;
                assertThat(exit).as(err.toString()).isZero();
                assertThat(RunGate.isPublished(out)).isTrue();
                System.out.printf("webhook %s: run published after %d ms%n", url, ms);
            }
            assertThat(slowRequests.get()).as("the slow endpoint was tried, and retried").isGreaterThanOrEqualTo(2);
        } finally {
            slow.stop(0);
        }
    }

    @Test
    void aMissingOrCorruptCheckpointToResumeFromIsRefusedInOneLine() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        Path missing = temp.resolve("nothing/chk-3");
        assertOneLine(command("run", "--awards", firstAwards(10).toString(), "--recipients", recipients().toString(),
                "--output", out.toString(), "--web-ui-port", "0", "--resume-from", missing.toString()),
                2, "no checkpoint or savepoint at " + missing);

        Path corrupt = Files.createDirectories(temp.resolve("corrupt/chk-9"));
        byte[] garbage = new byte[300];
        new java.util.Random(3).nextBytes(garbage);
        Files.write(corrupt.resolve("_metadata"), garbage);
        assertOneLine(command("run", "--awards", firstAwards(10).toString(), "--recipients", recipients().toString(),
                "--output", out.toString(), "--web-ui-port", "0", "--resume-from", corrupt.toString()),
                2, "cannot resume from " + corrupt + ": ");
        assertThat(RunGate.isPublished(out)).isFalse();
    }

    /** Markup and right-to-left overrides in company names, a column the report shows, and a file name. */
    @Test
    void inputTextBuiltToBreakTheReportStaysText() throws Exception {
        String script = "<script>alert(1)</script>";
        String img = "\"><img src=x onerror=alert(2)>";
        String rtl = "\u202Evsc.exe";
        List<String> awards = new ArrayList<>();
        awards.add(String.join(",", AwardColumns.NAMES.stream().map(n -> "\"" + n + "\"").toList()));
        for (String hostile : List.of(script, img, rtl)) {
            String[] row = Collections.nCopies(AwardColumns.NAMES.size(), "").toArray(String[]::new);
            row[AwardColumns.COMPANY] = "\"" + hostile.replace("\"", "\"\"") + " Inc\"";
            row[AwardColumns.PHASE] = "\"" + hostile.replace("\"", "\"\"") + "\"";
            row[AwardColumns.UEI] = "ABCDEFGH1234";
            awards.add(String.join(",", row));
        }
        Path file = Files.write(temp.resolve("awards " + img + " " + rtl + ".csv"), awards);
        Path out = temp.resolve("out");
        run(file, recipients(), out);

        String html = Files.readString(out.resolve(RunReport.HTML_FILE));
        String markdown = Files.readString(out.resolve(RunReport.MARKDOWN_FILE));
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;",
                "[U+202E]vsc.exe").doesNotContain("<script", "<img", "\u202E");
        assertThat(markdown).contains("&lt;script&gt;", "&lt;img src=x onerror=alert(2)&gt;", "[U+202E]vsc.exe")
                .doesNotContain("<script", "<img", "\u202E");
    }

    private Path recipients() {
        return data.resolve(DataGenerator.RECIPIENTS_CSV);
    }

    /** The header and the first {@code rows} physical lines of the generated awards (rows may span lines). */
    private Path firstAwards(int rows) throws IOException {
        Path file = temp.resolve("awards-" + rows + ".csv");
        if (!Files.exists(file)) {
            try (var lines = Files.lines(data.resolve(DataGenerator.AWARDS_FILE))) {
                Files.write(file, lines.limit(rows + 1L).toList());
            }
        }
        return file;
    }

    private static Path gzip(Path from, Path to) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(to))) {
            Files.copy(from, out);
        }
        return to;
    }

    private static Path cutInHalf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }

    private int run(Path awards, Path recipients, Path out) throws IOException {
        return run(awards, recipients, out, "");
    }

    /** {@code quality}: lines of the quality section, e.g. "  allowTruncatedInput: true\n". */
    private int run(Path awards, Path recipients, Path out, String quality) throws IOException {
        Path config = Files.writeString(temp.resolve("settings-" + out.getFileName() + ".yaml"),
                "pipeline:\n  checkpointIntervalMs: 500\nquality:\n  baselineDir: " + temp.resolve("baseline") + "\n" + quality);
        return command("run", "--awards", awards.toString(), "--recipients", recipients.toString(),
                "--output", out.toString(), "--web-ui-port", "0", "--config", config.toString());
    }

    /** Runs the command line; a run keeps its snapshots in a store of the test's own, never in ~/.cache. */
    private int command(String... args) {
        err.getBuffer().setLength(0);
        List<String> all = new ArrayList<>(List.of(args));
        if (all.get(0).equals("run")) {
            all.addAll(List.of("--reference-store", temp.resolve("reference-store").toString()));
        }
        return SbirEnrich.commandLine().setErr(new PrintWriter(err, true)).execute(all.toArray(String[]::new));
    }

    private void assertOneLine(int exit, int expectedExit, String... mentions) {
        assertThat(exit).as(err.toString()).isEqualTo(expectedExit);
        assertThat(err.toString().strip().lines()).as(err.toString()).hasSize(1);
        assertThat(err.toString()).contains(mentions).doesNotContain("\tat ");
    }

    private static List<String> committedLines(Path out, String dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path part : CommittedFiles.under(out.resolve(dir))) {
            Files.readAllLines(part).stream().filter(l -> !l.isBlank()).forEach(lines::add);
        }
        return lines;
    }
}

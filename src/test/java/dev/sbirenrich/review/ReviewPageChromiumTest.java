package dev.sbirenrich.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sbirenrich.cli.SbirEnrich;
import dev.sbirenrich.io.Decisions;
import dev.sbirenrich.io.DecisionsReader;
import dev.sbirenrich.model.Decision;
import dev.sbirenrich.pipeline.SharedMiniCluster;
import dev.sbirenrich.run.CommittedFiles;
import dev.sbirenrich.run.OutputLayout;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens review.html in a real headless Chromium, makes three decisions with the keyboard (one of
 * them accepts a candidate by its DUNS; a candidate with neither identifier is refused), exports
 * them, reads the downloaded CSV back with {@link DecisionsReader}, and feeds it to a run, whose
 * output shows the three awards with their manual methods. The screenshot is kept at
 * target/review-page-screenshot.png (docs/images/review-page.png is a copy of one).
 */
@ExtendWith(SharedMiniCluster.class)
class ReviewPageChromiumTest {
    static final Path SCREENSHOT = Path.of("target", "review-page-screenshot.png");

    @TempDir
    Path temp;

    @Test
    @Timeout(120)
    void threeKeyboardDecisionsAreExportedAsADecisionsCsv() throws Exception {
        assumeTrue(onPath("chromium"), "chromium not installed (Debian package chromium): review page not driven");
        Path run = temp.resolve("run");
        ReviewOutputs.write(run, ReviewPageTest.mixedOutput());
        assertThat(SbirEnrich.commandLine().execute("review", "--run", run.toString())).isZero();
        Path downloads = Files.createDirectories(temp.resolve("downloads"));

        try (DevToolsSession chromium = DevToolsSession.start(temp.resolve("profile"))) {
            chromium.send("Browser.setDownloadBehavior", DevToolsSession.params().put("behavior", "allow")
                    .put("downloadPath", downloads.toString()));
            String target = chromium.send("Target.createTarget", DevToolsSession.params().put("url", "about:blank"))
                    .path("targetId").asText();
            String page = chromium.send("Target.attachToTarget", DevToolsSession.params().put("targetId", target)
                    .put("flatten", true)).path("sessionId").asText();
            chromium.send(page, "Page.navigate", DevToolsSession.params()
                    .put("url", run.resolve(ReviewPage.FILE).toUri().toString()));
            awaitTrue(chromium, page, "document.readyState === 'complete' && document.querySelectorAll('.award').length === 5");
            evaluate(chromium, page, "document.getElementById('reviewer').value = 'tester'");

            // Review order: candidates 4 (0.97), 3 (0.95), 2 (0.80), then near passes 7 (0.96), 5 (0.95).
            press(chromium, page, "1"); // award 4: its candidate 1; the cursor moves on to 3
            press(chromium, page, "3"); // award 3: its candidate 3 has neither identifier, so it stays
            assertThat(evaluate(chromium, page, "document.getElementById('status').textContent").asText())
                    .isEqualTo("candidate 3 has neither UEI nor DUNS to accept");
            press(chromium, page, "j"); // leave 3 undecided, on to 2
            press(chromium, page, "s"); // skip 2, on to 7
            press(chromium, page, "n"); // award 7: none of these; on to 5
            press(chromium, page, "2"); // award 5: its candidate 2, which has a DUNS and no UEI
            assertThat(evaluate(chromium, page, "document.querySelectorAll('.award.accept').length + ',' "
                    + "+ document.querySelectorAll('.award.reject').length + ',' + "
                    + "document.getElementById('status').textContent").asText()).isEqualTo("2,1,3 decided");

            Files.createDirectories(SCREENSHOT.getParent());
            String png = chromium.send(page, "Page.captureScreenshot", DevToolsSession.params().put("format", "png"))
                    .path("data").asText();
            Files.write(SCREENSHOT, Base64.getDecoder().decode(png));
            assertThat(Files.size(SCREENSHOT)).isGreaterThan(20_000);

            press(chromium, page, "e");
            Path csv = awaitDownload(downloads);

            List<String> lines = Files.readAllLines(csv);
            assertThat(lines).hasSize(4);
            assertThat(lines.get(0))
                    .isEqualTo("award_file,award_record,company,verdict,uei,duns,reviewer,decided_at");
            assertThat(lines.subList(1, 4)).satisfiesExactly(
                    l -> assertThat(l).startsWith("awards.csv,4,Vetoed Labs,accept,UEIVETO00001,,tester,"),
                    l -> assertThat(l).startsWith("awards.csv,5,Near Pass Corp,accept,,987650002,tester,"),
                    l -> assertThat(l).startsWith("awards.csv,7,Borrowed Id Inc,reject,,,tester,"));
            Decisions read = DecisionsReader.read(csv);
            assertThat(read.problems()).isEmpty();
            assertThat(read.valid()).extracting(d -> d.awardRecord, d -> d.verdict).containsExactly(
                    tuple(4L, Decision.ACCEPT),
                    tuple(5L, Decision.ACCEPT),
                    tuple(7L, Decision.REJECT));
            assertThat(runWithDecisions(csv)).containsEntry(4L, "manual-accept UEIVETO00001 null")
                    .containsEntry(5L, "manual-accept null 987650002").containsEntry(7L, "manual-reject null null");
        }
    }

    /**
     * Runs the job on the sample awards (whose records 4, 5 and 7 the page's fabricated output
     * names) against the sample recipients plus the two the decisions accept: method, UEI and DUNS by record.
     */
    private Map<Long, String> runWithDecisions(Path decisions) throws Exception {
        Path recipients = temp.resolve("recipients.csv");
        List<String> rows = new ArrayList<>(Files.readAllLines(Path.of("data/sample/recipients.csv")));
        rows.add("VETOED LABS INC,UEIVETO00001,,,,,1 MAIN ST,,BOSTON,MA,02110,,USA,,2025-01-01,");
        rows.add("NEAR PASS HOLDINGS,,987650002,,,,2 MAIN ST,,AUSTIN,TX,78701,,USA,,2025-01-01,");
        Files.write(recipients, rows);
        Path output = temp.resolve("decided");
        assertThat(SbirEnrich.commandLine().execute("run", "--awards", "data/sample/awards.csv", "--recipients",
                recipients.toString(), "--output", output.toString(), "--web-ui-port", "0",
                "--reference-store", temp.resolve("store").toString(), "--decisions", decisions.toString()))
                .as("the sample's bad rows fail the default gate; the output is there all the same").isEqualTo(1);
        Map<Long, String> methods = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (Path part : CommittedFiles.under(output.resolve(OutputLayout.ENRICHED_DIR))) {
            for (String line : Files.readAllLines(part)) {
                JsonNode award = json.readTree(line);
                JsonNode match = award.path("match");
                methods.put(award.path("source").path("record").asLong(),
                        match.path("method").asText() + " " + match.path("recipient").path("uei").asText(null) + " "
                                + match.path("recipient").path("duns").asText(null));
            }
        }
        return methods;
    }

    /** Presses and releases a letter or digit key on the page. */
    private static void press(DevToolsSession chromium, String page, String key) throws Exception {
        char c = key.charAt(0);
        String code = Character.isDigit(c) ? "Digit" + c : "Key" + key.toUpperCase(Locale.ROOT);
        int virtualKey = Character.toUpperCase(c);
        chromium.send(page, "Input.dispatchKeyEvent", DevToolsSession.params().put("type", "keyDown").put("key", key)
                .put("code", code).put("text", key).put("windowsVirtualKeyCode", virtualKey));
        chromium.send(page, "Input.dispatchKeyEvent", DevToolsSession.params().put("type", "keyUp").put("key", key)
                .put("code", code).put("windowsVirtualKeyCode", virtualKey));
    }

    private static JsonNode evaluate(DevToolsSession chromium, String page, String expression) throws Exception {
        JsonNode result = chromium.send(page, "Runtime.evaluate", DevToolsSession.params()
                .put("expression", expression).put("returnByValue", true));
        assertThat(result.has("exceptionDetails")).as(result.toString()).isFalse();
        return result.path("result").path("value");
    }

    private static void awaitTrue(DevToolsSession chromium, String page, String condition) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!evaluate(chromium, page, condition).asBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + condition).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** The finished download: a .csv file (Chromium writes .crdownload until it is complete). */
    private static Path awaitDownload(Path dir) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> done = files.filter(f -> f.getFileName().toString().endsWith(".csv")).toList();
                if (!done.isEmpty()) {
                    return done.get(0);
                }
            }
            assertThat(System.nanoTime()).as("waiting for the exported CSV in " + dir).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}

package dev.sbirenrich.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens run-report.html in a real headless Chromium, offline: the page must render its sections and
 * SVG bars from the file alone. The screenshot is kept at target/run-report-screenshot.png to look at.
 */
class ChromiumRenderTest {
    static final Path SCREENSHOT = Path.of("target", "run-report-screenshot.png");

    @TempDir
    Path temp;

    @Test
    void reportRendersOfflineInHeadlessChromium() throws Exception {
        assumeTrue(onPath("chromium"), "chromium not installed (Debian package chromium): HTML report not rendered");
        Path run = temp.resolve("run");
        RunReportTest.writeOutput(run);
        RunReport.regenerate(run);
        String page = run.resolve(RunReport.HTML_FILE).toUri().toString();

        String dom = chromium("--dump-dom", page);
        assertThat(dom).contains("sbir-enrich run report", "Match rate by award year", "Fuzzy score distribution");
        Matcher bar = Pattern.compile("<rect class=\"bar\"[^>]* width=\"(\\d+)\"").matcher(dom);
        List<Integer> widths = new ArrayList<>();
        while (bar.find()) {
            widths.add(Integer.parseInt(bar.group(1)));
        }
        assertThat(widths).hasSizeGreaterThan(10).anyMatch(w -> w > 100);

        Files.createDirectories(SCREENSHOT.getParent());
        Files.deleteIfExists(SCREENSHOT);
        chromium("--screenshot=" + SCREENSHOT.toAbsolutePath(), page);
        // A blank page compresses to a few KB; text, tables and coloured bars do not.
        assertThat(Files.size(SCREENSHOT)).isGreaterThan(20_000);
    }

    private String chromium(String action, String page) throws IOException, InterruptedException {
        Process chromium = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + temp.resolve("profile"), "--window-size=1200,2400",
                action, page)
                .redirectError(temp.resolve("chromium.log").toFile()).start();
        String out = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(chromium.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(chromium.exitValue()).as(Files.readString(temp.resolve("chromium.log"))).isZero();
        return out;
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}

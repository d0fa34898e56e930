package dev.sbirenrich.report;

import dev.sbirenrich.run.RunSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes run-report.md and run-report.html next to a run's output, from its summary. */
public final class RunReport {
    public static final String MARKDOWN_FILE = "run-report.md";
    public static final String HTML_FILE = "run-report.html";

    private RunReport() {}

    public static void write(RunSummary summary, Path outputDir) throws IOException {
        List<ReportSection> sections = ReportSections.of(summary);
        Files.writeString(outputDir.resolve(MARKDOWN_FILE), MarkdownRunReport.render(sections), StandardCharsets.UTF_8);
        Files.writeString(outputDir.resolve(HTML_FILE), HtmlRunReport.render(sections), StandardCharsets.UTF_8);
    }

    /**
     * Report of an existing run directory: counts from its committed output, run facts (inputs,
     * timings) from its run-summary.json when there is one (cluster runs write none).
     */
    public static RunSummary regenerate(Path runDir) throws IOException {
        RunSummary summary = new RunSummary();
        if (Files.isRegularFile(runDir.resolve(RunSummary.FILE_NAME))) {
            summary.copyRunFacts(RunSummary.read(runDir));
        }
        OutputScan.fill(summary, runDir);
        write(summary, runDir);
        return summary;
    }
}

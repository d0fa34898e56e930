package dev.sbirenrich.cli;

import dev.sbirenrich.report.RunReport;
import dev.sbirenrich.run.OutputLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write run-report.md and run-report.html for a finished run's output directory.")
public class ReportCommand implements Callable<Integer> {
    @Option(names = "--run", required = true, paramLabel = "DIR", description = "The run's output directory.")
    Path run;

    @Override
    public Integer call() throws Exception {
        requireRunOutput(run);
        var summary = RunReport.regenerate(run);
        System.out.printf("Report of %,d awards (match rate %.2f%%): %s and %s%n", summary.awardsRead,
                summary.matchRatePercent(), run.resolve(RunReport.MARKDOWN_FILE), run.resolve(RunReport.HTML_FILE));
        return 0;
    }

    /** Fails in one line unless {@code dir} is a run's output directory (the report and review pages read one). */
    static void requireRunOutput(Path dir) {
        if (!Files.isDirectory(dir.resolve(OutputLayout.ENRICHED_DIR))) {
            throw new UsageException("not a run output directory (no " + OutputLayout.ENRICHED_DIR + "/): " + dir);
        }
    }
}

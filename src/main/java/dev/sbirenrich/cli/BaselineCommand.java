package dev.sbirenrich.cli;

import dev.sbirenrich.config.QualitySettings;
import dev.sbirenrich.quality.Baseline;
import dev.sbirenrich.quality.BaselineStore;
import dev.sbirenrich.quality.RunGate;
import dev.sbirenrich.run.RunSummary;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Keep an accepted run's quality figures as the baseline later runs are compared with.",
        subcommands = {BaselineCommand.Save.class, BaselineCommand.Show.class})
public class BaselineCommand {
    static final String DEFAULT_DIR = new QualitySettings().baselineDir;

    @Command(name = "save", mixinStandardHelpOptions = true,
            description = "Make a published run the baseline (baseline.json; appended to history.jsonl).")
    static class Save implements Callable<Integer> {
        @Option(names = "--run", required = true, paramLabel = "DIR", description = "Output directory of a published run.")
        Path run;

        @Option(names = "--baseline-dir", paramLabel = "DIR", description = "Baseline location (default: ${DEFAULT-VALUE}).")
        Path baselineDir = Path.of(DEFAULT_DIR);

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(run.resolve(RunSummary.FILE_NAME))) {
                throw new UsageException("not a run directory (no " + RunSummary.FILE_NAME + "): " + run);
            }
            if (!RunGate.isPublished(run)) {
                throw new UsageException("run " + run + " was not published (no " + RunGate.SUCCESS_MARKER
                        + "): only a run that passed the quality gate can become the baseline");
            }
            Baseline baseline = Baseline.of(RunSummary.read(run), run.toAbsolutePath().normalize().toString());
            BaselineStore store = new BaselineStore(baselineDir);
            store.save(baseline);
            System.out.printf("Baseline saved to %s: run %s, match rate %.2f%%%n",
                    store.dir().resolve(BaselineStore.BASELINE_FILE), baseline.runId, baseline.matchRate * 100);
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print the baseline and, with --run, how that run compared with it.")
    static class Show implements Callable<Integer> {
        @Option(names = "--run", paramLabel = "DIR", description = "A run whose comparison to print.")
        Path run;

        @Option(names = "--baseline-dir", paramLabel = "DIR", description = "Baseline location (default: ${DEFAULT-VALUE}).")
        Path baselineDir = Path.of(DEFAULT_DIR);

        @Override
        public Integer call() throws Exception {
            PrintStream out = System.out;
            var baseline = new BaselineStore(baselineDir).load();
            if (baseline.isEmpty()) {
                out.println("No baseline in " + baselineDir + " (save one with: baseline save --run DIR)");
                return 1;
            }
            Baseline b = baseline.get();
            out.printf("Baseline      run %s (%s), saved %s%n", b.runId, b.runDir, b.savedAt);
            out.printf("Match rate    %.2f%%   awards read %,d, enriched %,d, rejected %,d%n",
                    b.matchRate * 100, b.awardsRead, b.awardsEnriched, b.awardsRejected);
            if (run != null) {
                RunSummary summary = RunSummary.read(run);
                out.printf("Run           %s: match rate %.2f%%", summary.runId, summary.matchRate * 100);
                if (summary.baseline != null) {
                    out.printf(", %+.2f points against baseline %.2f%% (%s)", -summary.baseline.declinePoints,
                            summary.baseline.baselineMatchRate * 100, summary.baseline.severity);
                }
                out.printf("; %s%n", RunGate.isPublished(run) ? "published" : "not published");
            }
            return 0;
        }
    }
}

package dev.sbirenrich.cli;

import dev.sbirenrich.config.EnrichmentSettings;
import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.review.ReviewAward;
import dev.sbirenrich.review.ReviewPage;
import dev.sbirenrich.review.ReviewScan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Write review.html, a self-contained page to decide a finished run's uncertain name matches "
                + "and export the decisions CSV (docs/review.md).")
public class ReviewCommand implements Callable<Integer> {
    @Option(names = "--run", required = true, paramLabel = "DIR", description = "The run's output directory.")
    Path run;

    @Option(names = "--out", paramLabel = "FILE", description = "The page to write (default: DIR/review.html).")
    Path out;

    @Option(names = "--margin", paramLabel = "M",
            description = "Show auto-accepted name matches whose lead over the runner-up is under M "
                    + "(default: the run's matching.autoAcceptMargin).")
    Double margin;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The run's YAML settings, for its matching thresholds (default: the defaults).")
    Path config;

    @Override
    public Integer call() throws Exception {
        ReportCommand.requireRunOutput(run);
        MatchingSettings settings = EnrichmentSettings.resolve(config, Map.of()).matching;
        double reviewMargin = margin == null ? settings.autoAcceptMargin : margin;
        if (reviewMargin < 0 || reviewMargin >= 1) {
            throw new UsageException("--margin must be in [0, 1), not " + reviewMargin);
        }
        List<ReviewAward> awards = new ReviewScan(settings, reviewMargin).awards(run);
        Path page = out == null ? run.resolve(ReviewPage.FILE) : out;
        ReviewPage.write(page, run.toAbsolutePath().normalize().toString(), awards, settings, reviewMargin);
        System.out.printf("Review page of %,d awards (%,d bytes): %s%n", awards.size(), Files.size(page), page);
        return 0;
    }
}

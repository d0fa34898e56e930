package dev.sbirenrich.cli;

import dev.sbirenrich.config.EnrichmentSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Options of long-running cluster jobs, on top of the run options: watching the awards paths for
 * new files, and a directory of new recipients dumps that refresh the reference while the job runs.
 * Shared by the job jar's entry point and the commands that submit it.
 */
public class StreamingJobOptions {
    @Option(names = "--monitor-awards", paramLabel = "SECONDS",
            description = "Re-scan the awards paths for new files this often; the job then runs until stopped. Default: read once.")
    Long monitorAwardsSeconds;

    @Option(names = "--reference-updates", paramLabel = "DIR",
            description = "With --monitor-awards: re-scan DIR for new recipients dump files (same format as --recipients);"
                    + " each is built into a snapshot that replaces the reference without a restart.")
    String referenceUpdates;

    /** {@code settings} with the options given over them. */
    public EnrichmentSettings over(EnrichmentSettings settings) {
        Map<String, Object> overrides = new LinkedHashMap<>();
        long monitorMs = settings.pipeline.awardsMonitorIntervalMs;
        if (monitorAwardsSeconds != null) {
            if (monitorAwardsSeconds < 1) {
                throw new IllegalArgumentException("--monitor-awards must be at least 1 second");
            }
            monitorMs = monitorAwardsSeconds * 1000;
            overrides.put("pipeline.awardsMonitorIntervalMs", monitorMs);
        }
        if (referenceUpdates != null) {
            if (monitorMs == 0) {
                throw new IllegalArgumentException("--reference-updates needs --monitor-awards: only a watching job"
                        + " runs long enough to be refreshed");
            }
            overrides.put("pipeline.referenceUpdates", RunOptions.absolute(referenceUpdates));
        }
        return overrides.isEmpty() ? settings : settings.with(overrides);
    }

    /** The options given, as job jar arguments. */
    List<String> jobArguments() {
        List<String> args = new ArrayList<>();
        if (monitorAwardsSeconds != null) {
            args.add("--monitor-awards");
            args.add(String.valueOf(monitorAwardsSeconds));
        }
        if (referenceUpdates != null) {
            args.add("--reference-updates");
            args.add(RunOptions.absolute(referenceUpdates));
        }
        return args;
    }
}

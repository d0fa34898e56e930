package dev.sbirenrich.cli;

import dev.sbirenrich.config.PipelineSettings;
import java.util.ArrayList;
import java.util.List;
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

    /** Overrides {@code settings} with the options given. */
    public void applyTo(PipelineSettings settings) {
        if (monitorAwardsSeconds != null) {
            if (monitorAwardsSeconds < 1) {
                throw new IllegalArgumentException("--monitor-awards must be at least 1 second");
            }
            settings.awardsMonitorIntervalMs = monitorAwardsSeconds * 1000;
        }
        if (referenceUpdates != null) {
            if (settings.awardsMonitorIntervalMs == 0) {
                throw new IllegalArgumentException("--reference-updates needs --monitor-awards: only a watching job"
                        + " runs long enough to be refreshed");
            }
            settings.referenceUpdates = java.nio.file.Path.of(referenceUpdates).toAbsolutePath().normalize().toString();
        }
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
            args.add(java.nio.file.Path.of(referenceUpdates).toAbsolutePath().normalize().toString());
        }
        return args;
    }
}

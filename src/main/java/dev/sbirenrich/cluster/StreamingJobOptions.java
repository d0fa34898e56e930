package dev.sbirenrich.cluster;

import dev.sbirenrich.config.PipelineSettings;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options of long-running cluster jobs, on top of the run options: watching the awards paths for
 * new files, and the reference version that lets a resumed job replace its reference data.
 * Shared by the job jar's entry point and the commands that submit it.
 */
public class StreamingJobOptions {
    @Option(names = "--monitor-awards", paramLabel = "SECONDS",
            description = "Re-scan the awards paths for new files this often; the job then runs until stopped. Default: read once.")
    Long monitorAwardsSeconds;

    @Option(names = "--reference-version", paramLabel = "NAME",
            description = "Name of the recipient dump (e.g. 2025-10). Resuming with a new name replaces the loaded reference data.")
    String referenceVersion;

    /** Overrides {@code settings} with the options given. */
    public void applyTo(PipelineSettings settings) {
        if (monitorAwardsSeconds != null) {
            if (monitorAwardsSeconds < 1) {
                throw new IllegalArgumentException("--monitor-awards must be at least 1 second");
            }
            settings.awardsMonitorIntervalMs = monitorAwardsSeconds * 1000;
        }
        if (referenceVersion != null) {
            settings.referenceVersion = referenceVersion;
        }
    }

    /** The options given, as job jar arguments. */
    List<String> jobArguments() {
        List<String> args = new ArrayList<>();
        if (monitorAwardsSeconds != null) {
            args.add("--monitor-awards");
            args.add(String.valueOf(monitorAwardsSeconds));
        }
        if (referenceVersion != null) {
            args.add("--reference-version");
            args.add(referenceVersion);
        }
        return args;
    }
}

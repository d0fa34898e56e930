package dev.sbirenrich.cli;

import dev.sbirenrich.config.EnrichmentSettings;
import dev.sbirenrich.io.Decisions;
import dev.sbirenrich.io.DecisionsReader;
import dev.sbirenrich.io.HeaderCheck;
import dev.sbirenrich.metrics.InputSizes;
import dev.sbirenrich.pipeline.FileSources;
import dev.sbirenrich.pipeline.ReviewDecisions;
import dev.sbirenrich.quality.RunGate;
import dev.sbirenrich.reference.ReferenceInput;
import dev.sbirenrich.reference.ReferenceStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by every way of running the job (run, submit, the cluster entry point). */
public class RunOptions {
    @Option(names = "--awards", required = true, split = ",", paramLabel = "PATH",
            description = "SBIR award CSV file(s) or directories (.gz read transparently).")
    List<String> awards;

    @Mixin
    RecipientsOptions recipients = new RecipientsOptions();

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Output directory: enriched/, rejected/, run-summary.json.")
    Path output;

    @Option(names = "--parallelism", paramLabel = "N", description = "Parallelism of every operator (default 2).")
    Integer parallelism;

    @Option(names = "--reference-store", paramLabel = "DIR",
            description = "Where reference snapshots are kept and reused (default: pipeline.referenceStore,"
                    + " else $SBIR_ENRICH_REFERENCE_STORE, else ~/.cache/sbir-enrich/reference). On a cluster:"
                    + " a path every TaskManager can read.")
    Path referenceStore;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML settings file (see docs/configuration.md).")
    Path config;

    @Option(names = "--decisions", paramLabel = "FILE|DIR",
            description = "Reviewers' decisions CSV (bin/sbir-enrich review; docs/review.md), or a directory of them:"
                    + " they override the cascade for their awards. A watching job reads new files dropped there.")
    Path decisions;

    /** The run's settings, resolved once: --config (or defaults), with the command line over it. */
    public EnrichmentSettings settings() throws IOException {
        return settings(Map.of());
    }

    /** {@link #settings()} with a command's own {@code overrides} (dotted paths to values) over them. */
    EnrichmentSettings settings(Map<String, ?> overrides) throws IOException {
        Map<String, Object> options = new LinkedHashMap<>();
        if (parallelism != null) {
            if (parallelism < 1) {
                throw new UsageException("--parallelism must be at least 1");
            }
            options.put("pipeline.parallelism", parallelism);
        }
        if (referenceStore != null) {
            options.put("pipeline.referenceStore", referenceStore.toAbsolutePath().normalize().toString());
        }
        if (decisions != null) {
            options.put("pipeline.decisions", decisions.toAbsolutePath().normalize().toString());
        }
        options.putAll(overrides);
        EnrichmentSettings settings = EnrichmentSettings.resolve(config, options);
        String store = settings.pipeline.referenceStore;
        return store != null && !store.isBlank() ? settings
                : settings.with(Map.of("pipeline.referenceStore", ReferenceStore.defaultRoot().toAbsolutePath().toString()));
    }

    /** {@code settings} with the match rate {@code gate} compares with, for the job's in-stream baseline rule. */
    static EnrichmentSettings withBaseline(EnrichmentSettings settings, RunGate gate) {
        Double rate = gate.baselineMatchRate();
        return rate == null || rate.equals(settings.quality.baselineMatchRate) ? settings
                : settings.with(Map.of("quality.baselineMatchRate", rate));
    }

    /**
     * Fails fast, before any job starts, on a missing or empty awards file or a missing required
     * column; returns the sizes of the data files found, for progress reporting, beside the
     * recipients' ({@link RecipientsOptions#input}, checked already). Watched awards directories
     * may still be empty.
     */
    InputSizes checkInputs(ReferenceInput reference, boolean awardsWatched) throws IOException {
        List<Path> awardFiles = awardsWatched
                ? HeaderCheck.watchedAwards(paths(awards))
                : HeaderCheck.awards(paths(awards));
        return InputSizes.of(awardFiles, reference.files());
    }

    /**
     * These options as arguments of the job jar's entry point (submission to a cluster). Local
     * paths become absolute: the cluster resolves them, not this working directory.
     */
    public List<String> jobArguments() {
        List<String> args = new ArrayList<>(List.of(
                "--awards", String.join(",", awards.stream().map(RunOptions::absolute).toList()),
                "--recipients", recipients.absolutePaths(),
                "--output", absolute(output.toString())));
        args.addAll(recipients.formatArguments());
        if (parallelism != null) {
            args.addAll(List.of("--parallelism", String.valueOf(parallelism)));
        }
        if (referenceStore != null) {
            args.addAll(List.of("--reference-store", absolute(referenceStore.toString())));
        }
        if (config != null) {
            args.addAll(List.of("--config", absolute(config.toString())));
        }
        if (decisions != null) {
            args.addAll(List.of("--decisions", absolute(decisions.toString())));
        }
        return args;
    }

    /**
     * The decisions {@code settings} name, read now: a wrong header fails here in one line. A
     * watching job ({@code monitor} above zero) given a directory also reads the files added later.
     */
    static ReviewDecisions decisions(EnrichmentSettings settings, Duration monitor) throws IOException {
        if (settings.pipeline.decisions == null) {
            return ReviewDecisions.NONE;
        }
        Path path = Path.of(settings.pipeline.decisions);
        Decisions read = DecisionsReader.read(path);
        if (monitor.isZero() || !Files.isDirectory(path)) {
            return ReviewDecisions.of(read, null, List.of());
        }
        return ReviewDecisions.of(read, FileSources.newFiles(path.toString(), monitor),
                DecisionsReader.files(path).stream().map(Path::toString).toList());
    }

    static String absolute(String location) {
        return location.contains("://") ? location : Path.of(location).toAbsolutePath().normalize().toString();
    }

    private static List<Path> paths(List<String> locations) {
        return locations.stream().map(Path::of).toList();
    }
}

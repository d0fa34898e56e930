package dev.sbirenrich.cli;

import dev.sbirenrich.config.EnrichmentSettings;
import dev.sbirenrich.io.HeaderCheck;
import dev.sbirenrich.io.RecipientColumns;
import dev.sbirenrich.reference.ReferenceInput;
import dev.sbirenrich.reference.ReferenceStore;
import dev.sbirenrich.metrics.InputSizes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by every way of running the job (run, submit, the cluster entry point). */
public class RunOptions {
    @Option(names = "--awards", required = true, split = ",", paramLabel = "PATH",
            description = "SBIR award CSV file(s) or directories (.gz read transparently).")
    List<String> awards;

    @Option(names = "--recipients", required = true, split = ",", paramLabel = "PATH",
            description = "USAspending recipient_lookup file(s) or directories.")
    List<String> recipients;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Output directory: enriched/, rejected/, run-summary.json.")
    Path output;

    @Option(names = "--recipients-format", paramLabel = "csv|pg-copy", defaultValue = "csv",
            description = "csv: USAspending CSV export with header (default); pg-copy: raw PostgreSQL COPY dump file.")
    String recipientsFormat;

    @Option(names = "--recipients-columns", paramLabel = "LIST|FILE",
            description = "pg-copy column order: comma-separated names, or a column-map file. Default: the October 2025 dump order.")
    String recipientsColumns;

    @Option(names = "--parallelism", paramLabel = "N", description = "Parallelism of every operator (default 2).")
    Integer parallelism;

    @Option(names = "--reference-store", paramLabel = "DIR",
            description = "Where reference snapshots are kept and reused (default: pipeline.referenceStore,"
                    + " else $SBIR_ENRICH_REFERENCE_STORE, else ~/.cache/sbir-enrich/reference). On a cluster:"
                    + " a path every TaskManager can read.")
    Path referenceStore;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML settings file (see docs/configuration.md).")
    Path config;

    /** Set by commands that run locally (not an option of the cluster entry point). */
    Integer webUiPort;
    /** Prometheus reporter port or range; set by commands that run locally. */
    String metricsPort;

    /** Settings from --config (or defaults), overridden by the command line. */
    public EnrichmentSettings settings() throws IOException {
        EnrichmentSettings settings = config == null ? new EnrichmentSettings() : EnrichmentSettings.load(config);
        if (parallelism != null) {
            if (parallelism < 1) {
                throw new UsageException("--parallelism must be at least 1");
            }
            settings.pipeline.parallelism = parallelism;
        }
        if (webUiPort != null) {
            settings.pipeline.webUiPort = webUiPort;
        }
        if (referenceStore != null) {
            settings.pipeline.referenceStore = referenceStore.toAbsolutePath().normalize().toString();
        }
        if (settings.pipeline.referenceStore == null || settings.pipeline.referenceStore.isBlank()) {
            settings.pipeline.referenceStore = ReferenceStore.defaultRoot().toAbsolutePath().toString();
        }
        if (metricsPort != null) {
            if (!metricsPort.matches("\\d{1,5}(-\\d{1,5})?")) {
                throw new UsageException("--metrics-port must be a port or a range such as 9250-9260, not " + metricsPort);
            }
            settings.pipeline.metricsPort = metricsPort;
        }
        return settings;
    }

    /** The recipients to match against, as the reference snapshot build reads them. */
    ReferenceInput referenceInput(RecipientColumns columns) throws IOException {
        return referenceInput(recipients, columns);
    }

    /**
     * Fails fast, before any job starts, on a missing or empty file or a missing required column;
     * returns the sizes of the data files found, for progress reporting. Watched awards
     * directories may still be empty.
     */
    InputSizes checkInputs(RecipientColumns columns, boolean awardsWatched) throws IOException {
        List<Path> awardFiles = awardsWatched
                ? HeaderCheck.watchedAwards(paths(awards))
                : HeaderCheck.awards(paths(awards));
        List<Path> recipientFiles = columns == null
                ? HeaderCheck.recipientsCsv(paths(recipients))
                : HeaderCheck.recipientsPgCopy(paths(recipients), columns);
        return InputSizes.of(awardFiles, recipientFiles);
    }

    /**
     * These options as arguments of the job jar's entry point (submission to a cluster). Local
     * paths become absolute: the cluster resolves them, not this working directory.
     */
    public List<String> jobArguments() {
        List<String> args = new ArrayList<>(List.of(
                "--awards", String.join(",", awards.stream().map(RunOptions::absolute).toList()),
                "--recipients", String.join(",", recipients.stream().map(RunOptions::absolute).toList()),
                "--output", absolute(output.toString()),
                "--recipients-format", recipientsFormat));
        if (recipientsColumns != null) {
            args.addAll(List.of("--recipients-columns",
                    Files.isRegularFile(Path.of(recipientsColumns)) ? absolute(recipientsColumns) : recipientsColumns));
        }
        if (parallelism != null) {
            args.addAll(List.of("--parallelism", String.valueOf(parallelism)));
        }
        if (referenceStore != null) {
            args.addAll(List.of("--reference-store", absolute(referenceStore.toString())));
        }
        if (config != null) {
            args.addAll(List.of("--config", absolute(config.toString())));
        }
        return args;
    }

    private static String absolute(String location) {
        return location.contains("://") ? location : Path.of(location).toAbsolutePath().normalize().toString();
    }

    private static List<Path> paths(List<String> locations) {
        return locations.stream().map(Path::of).toList();
    }

    /** The pg-copy column order, or null for the CSV export. */
    RecipientColumns recipientColumns() throws IOException {
        return recipientColumns(recipientsFormat, recipientsColumns);
    }

    /** The pg-copy column order of {@code --recipients-format} and {@code --recipients-columns}, or null for CSV. */
    static RecipientColumns recipientColumns(String format, String columns) throws IOException {
        switch (format) {
            case "csv":
                if (columns != null) {
                    throw new UsageException("--recipients-columns applies only to --recipients-format pg-copy");
                }
                return null;
            case "pg-copy":
                if (columns == null) {
                    return RecipientColumns.USASPENDING_2025_10;
                }
                // A column-map file holds the same names, one per line.
                Path file = Path.of(columns);
                return RecipientColumns.parse(Files.isRegularFile(file) ? Files.readString(file) : columns);
            default:
                throw new UsageException("--recipients-format must be csv or pg-copy, not " + format);
        }
    }

    /** The recipients data files under {@code locations}, each checked, as a snapshot build reads them. */
    static ReferenceInput referenceInput(List<String> locations, RecipientColumns columns) throws IOException {
        List<Path> files = columns == null
                ? HeaderCheck.recipientsCsv(paths(locations))
                : HeaderCheck.recipientsPgCopy(paths(locations), columns);
        return new ReferenceInput(files, columns);
    }
}

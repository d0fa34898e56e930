package dev.sbirenrich.cli;

import dev.sbirenrich.io.HeaderCheck;
import dev.sbirenrich.io.RecipientColumns;
import dev.sbirenrich.reference.ReferenceInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The recipients dump a run or a snapshot build reads: its files, their format and column order. */
public class RecipientsOptions {
    @Option(names = "--recipients", required = true, split = ",", paramLabel = "PATH",
            description = "USAspending recipient_lookup file(s) or directories.")
    List<String> paths;

    @Option(names = "--recipients-format", paramLabel = "csv|pg-copy", defaultValue = "csv",
            description = "csv: USAspending CSV export with header (default); pg-copy: raw PostgreSQL COPY dump file.")
    String format = "csv";

    @Option(names = "--recipients-columns", paramLabel = "LIST|FILE",
            description = "pg-copy column order: comma-separated names, or a column-map file. Default: the October 2025 dump order.")
    String columns;

    /** The pg-copy column order, or null for the CSV export. */
    RecipientColumns columns() throws IOException {
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

    /**
     * The data files under the paths, each opened as the job reads it (a missing file, an empty one
     * or a missing required column fails here, in one line), as a snapshot build reads them.
     */
    ReferenceInput input() throws IOException {
        RecipientColumns columnOrder = columns();
        List<Path> locations = paths.stream().map(Path::of).toList();
        List<Path> files = columnOrder == null
                ? HeaderCheck.recipientsCsv(locations)
                : HeaderCheck.recipientsPgCopy(locations, columnOrder);
        return new ReferenceInput(files, columnOrder);
    }

    /** {@code --recipients} as a job jar argument: local paths made absolute. */
    String absolutePaths() {
        return String.join(",", paths.stream().map(RunOptions::absolute).toList());
    }

    /** {@code --recipients-format} and {@code --recipients-columns} as job jar arguments. */
    List<String> formatArguments() {
        List<String> args = new ArrayList<>(List.of("--recipients-format", format));
        if (columns != null) {
            args.addAll(List.of("--recipients-columns",
                    Files.isRegularFile(Path.of(columns)) ? RunOptions.absolute(columns) : columns));
        }
        return args;
    }
}

package dev.sbirenrich.cli;

import dev.sbirenrich.datagen.DataGenerator;
import dev.sbirenrich.datagen.GenerationSummary;
import dev.sbirenrich.datagen.GeneratorOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: synthetic recipients, awards and their truth, at full scale by default. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate synthetic recipients, awards.csv and truth.csv with known matches.")
public class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--recipients", paramLabel = "N", description = "Recipient rows (default: ${DEFAULT-VALUE}).")
    long recipients = GeneratorOptions.FULL_SCALE_RECIPIENTS;

    @Option(names = "--awards", paramLabel = "M", description = "Award records (default: ${DEFAULT-VALUE}).")
    long awards = GeneratorOptions.FULL_SCALE_AWARDS;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; same seed, same bytes (default: ${DEFAULT-VALUE}).")
    long seed = 42L;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
    Path out;

    @Option(names = "--recipients-format", paramLabel = "csv|pg-copy",
            description = "csv (recipients.csv) or pg-copy (recipients.dat.gz + recipients.columns); default csv.")
    String recipientsFormat = "csv";

    @Option(names = "--quiet", description = "No progress lines.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        GeneratorOptions options = new GeneratorOptions();
        switch (recipientsFormat) {
            case "csv" -> options.recipientsFormat = GeneratorOptions.RecipientsFormat.CSV;
            case "pg-copy" -> options.recipientsFormat = GeneratorOptions.RecipientsFormat.PG_COPY;
            default -> {
                err.println("generate: --recipients-format must be csv or pg-copy, not '" + recipientsFormat + "'");
                return 2;
            }
        }
        if (recipients < 1 || awards < 0) {
            err.println("generate: --recipients must be at least 1 and --awards at least 0");
            return 2;
        }
        options.recipients = recipients;
        options.awards = awards;
        options.seed = seed;
        options.outDir = out;
        options.progress = !quiet;
        try {
            GenerationSummary summary = new DataGenerator(System.err).generate(options);
            spec.commandLine().getOut().printf("generated %d recipients and %d awards (%d of them of companies in the reference) in %s in %.1f s%n",
                    summary.recipientRows, summary.awardRecords, summary.awardsOfCompaniesInReference, out, summary.elapsedSeconds);
            return 0;
        } catch (IOException e) {
            err.println("generate: cannot write " + out + ": " + e.getMessage());
            return 1;
        }
    }
}

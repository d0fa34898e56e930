package dev.sbirenrich.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sbirenrich.datagen.DataGenerator;
import dev.sbirenrich.datagen.GeneratorOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Generated benchmark inputs, made once per scale and seed under {@code <root>/<scale>-<seed>/}
 * ({@code <scale>-x<factor>-<seed>/} with a recipients factor).
 * Generation writes into a temporary sibling that is renamed when complete, so an interrupted
 * generation is never taken for a finished one.
 */
public final class DataCache {
    private DataCache() {}

    /** The data of a scale with {@code recipientsFactor} times its recipients (awards unchanged). */
    public static Path ensure(Path root, BenchmarkScale scale, int recipientsFactor, long seed, PrintStream log)
            throws IOException {
        String name = scale.label() + (recipientsFactor == 1 ? "" : "-x" + recipientsFactor) + "-" + seed;
        long recipients = scale.recipients * recipientsFactor;
        Path dir = root.resolve(name);
        if (Files.isRegularFile(dir.resolve(DataGenerator.SUMMARY_FILE)) && currentGenerator(dir)) {
            return dir;
        }
        Path partial = root.resolve("." + name + ".partial");
        if (Files.exists(partial)) {
            Reports.deleteTree(partial);
        }
        log.printf("generating %s data (%,d recipients, %,d awards, seed %d) into %s%n",
                scale.label(), recipients, scale.awards, seed, dir);
        GeneratorOptions options = new GeneratorOptions();
        options.recipients = recipients;
        options.awards = scale.awards;
        options.seed = seed;
        options.outDir = partial;
        options.progress = false;
        new DataGenerator(log).generate(options);
        if (Files.exists(dir)) {
            Reports.deleteTree(dir);
        }
        Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        return dir;
    }

    /** Whether {@code dir} was written by this generator; data of an older one is made again. */
    private static boolean currentGenerator(Path dir) throws IOException {
        JsonNode summary = new ObjectMapper().readTree(dir.resolve(DataGenerator.SUMMARY_FILE).toFile());
        return summary.path("generatorVersion").asInt(0) == DataGenerator.VERSION;
    }
}

package dev.sbirenrich.datagen;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/** Generated inputs for tests: recipients.csv, awards.csv and truth.csv in a directory, silently. */
public final class GeneratedData {
    private GeneratedData() {}

    public static void into(Path dir, long recipients, int awards) throws IOException {
        GeneratorOptions options = new GeneratorOptions();
        options.recipients = recipients;
        options.awards = awards;
        options.outDir = dir;
        options.progress = false;
        new DataGenerator(new PrintStream(OutputStream.nullOutputStream())).generate(options);
    }
}

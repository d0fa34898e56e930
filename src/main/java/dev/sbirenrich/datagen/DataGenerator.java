package dev.sbirenrich.datagen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a synthetic recipients file, awards.csv, truth.csv and generation.json. Every row is
 * derived from (seed, row number) alone, so the output is the same bytes for a seed, nothing is
 * held in memory, and recipients and awards are written by two threads at once.
 */
public final class DataGenerator {
    public static final String AWARDS_FILE = "awards.csv";
    public static final String TRUTH_FILE = "truth.csv";
    public static final String RECIPIENTS_CSV = "recipients.csv";
    public static final String RECIPIENTS_COPY = "recipients.dat.gz";
    public static final String RECIPIENTS_COLUMNS = "recipients.columns";
    public static final String SUMMARY_FILE = "generation.json";
    /**
     * Changes whenever the same options and seed would write other data, so that cached data of an
     * older generator is made again (4: the street line written as firms write it, a moved firm's new one).
     */
    public static final int VERSION = 4;
    private static final int PROGRESS_BATCH = 8192;
    private static final int BUFFER = 1 << 20;

    private final PrintStream err;

    public DataGenerator(PrintStream err) {
        this.err = err;
    }

    public GenerationSummary generate(GeneratorOptions options) throws IOException {
        if (options.recipients < 1 || options.awards < 0) {
            throw new IllegalArgumentException("need at least 1 recipient and 0 or more awards");
        }
        long start = System.nanoTime();
        Path dir = options.outDir;
        Files.createDirectories(dir);
        RecipientModel recipients = new RecipientModel(options.seed);
        AwardModel awards = new AwardModel(options.seed, options.recipients, options.awards, recipients);
        Progress progress = options.progress
                ? new Progress(options.recipients + options.awards, err)
                : null;

        GenerationSummary summary = new GenerationSummary();
        ExecutorService recipientThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "datagen-recipients");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> recipientsDone = recipientThread.submit(() -> {
                writeRecipients(options, recipients, progress);
                return null;
            });
            writeAwards(dir, options.awards, awards, summary, progress);
            recipientsDone.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            recipientThread.shutdownNow();
        }

        summary.recipientRows = options.recipients;
        summary.options = view(options);
        summary.files = options.recipientsFormat == GeneratorOptions.RecipientsFormat.CSV
                ? new String[] {RECIPIENTS_CSV, AWARDS_FILE, TRUTH_FILE}
                : new String[] {RECIPIENTS_COPY, RECIPIENTS_COLUMNS, AWARDS_FILE, TRUTH_FILE};
        summary.elapsedSeconds = Math.round((System.nanoTime() - start) / 1e7) / 100.0;
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve(SUMMARY_FILE).toFile(), summary);
        return summary;
    }

    private static void writeRecipients(GeneratorOptions options, RecipientModel model, Progress progress)
            throws IOException {
        Path dir = options.outDir;
        boolean csv = options.recipientsFormat == GeneratorOptions.RecipientsFormat.CSV;
        if (!csv) {
            StringBuilder columns = new StringBuilder();
            for (RecipientColumn column : RecipientColumn.COPY_ORDER) {
                columns.append(column.header()).append('\n');
            }
            Files.writeString(dir.resolve(RECIPIENTS_COLUMNS), columns, StandardCharsets.UTF_8);
        }
        OutputStream file = Files.newOutputStream(dir.resolve(csv ? RECIPIENTS_CSV : RECIPIENTS_COPY));
        OutputStream stream = csv ? file : new FastGzip(file);
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER);
        try (RecipientSink sink = csv ? new RecipientCsvWriter(writer) : new RecipientCopyWriter(writer)) {
            for (long row = 1; row <= options.recipients; row++) {
                sink.write(model.recipient(row));
                if (progress != null && row % PROGRESS_BATCH == 0) {
                    progress.advance(PROGRESS_BATCH);
                }
            }
            if (progress != null) {
                progress.advance(options.recipients % PROGRESS_BATCH);
            }
        }
    }

    private static void writeAwards(Path dir, long count, AwardModel model, GenerationSummary summary,
            Progress progress) throws IOException {
        OutputStream awardBytes = new BufferedOutputStream(Files.newOutputStream(dir.resolve(AWARDS_FILE)), BUFFER);
        Writer truthText = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(dir.resolve(TRUTH_FILE)), StandardCharsets.UTF_8), BUFFER);
        try (AwardCsvWriter awards = new AwardCsvWriter(awardBytes);
                TruthWriter truth = new TruthWriter(truthText, AWARDS_FILE)) {
            for (long record = 1; record <= count; record++) {
                SyntheticAward award = model.award(record);
                awards.write(award);
                truth.write(award);
                summary.count(award);
                if (progress != null && record % PROGRESS_BATCH == 0) {
                    progress.advance(PROGRESS_BATCH);
                }
            }
            if (progress != null) {
                progress.advance(count % PROGRESS_BATCH);
            }
        }
    }

    private static GenerationSummary.GeneratorOptionsView view(GeneratorOptions options) {
        GenerationSummary.GeneratorOptionsView view = new GenerationSummary.GeneratorOptionsView();
        view.recipients = options.recipients;
        view.awards = options.awards;
        view.seed = options.seed;
        view.recipientsFormat = options.recipientsFormat == GeneratorOptions.RecipientsFormat.CSV ? "csv" : "pg-copy";
        view.outDir = options.outDir.toString();
        return view;
    }

    /** GZIP at the fastest level: the full-scale dump compresses in seconds instead of a minute. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}

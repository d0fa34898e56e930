package dev.sbirenrich.datagen;

import java.nio.file.Path;

/** What to generate; the defaults are the full scale of the real data. */
public class GeneratorOptions {
    /** Recipient file forms the enrichment job reads. */
    public enum RecipientsFormat {
        /** recipients.csv with a header. */
        CSV,
        /** recipients.dat.gz in PostgreSQL COPY text form plus recipients.columns. */
        PG_COPY
    }

    public static final long FULL_SCALE_RECIPIENTS = 3_382_233L;
    public static final long FULL_SCALE_AWARDS = 533_000L;

    public long recipients = FULL_SCALE_RECIPIENTS;
    public long awards = FULL_SCALE_AWARDS;
    public long seed = 42L;
    public Path outDir;
    public RecipientsFormat recipientsFormat = RecipientsFormat.CSV;
    /** Print progress lines to stderr (long runs). */
    public boolean progress = true;

    public GeneratorOptions() {}
}

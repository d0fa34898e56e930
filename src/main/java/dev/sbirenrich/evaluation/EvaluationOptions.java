package dev.sbirenrich.evaluation;

import java.nio.file.Path;

/** Inputs of one evaluation; the legacy fields are optional and go together. */
public class EvaluationOptions {
    /** A run's output directory (its enriched/ subdirectory is read) or the enriched directory itself. */
    public Path enrichedDir;
    public Path truthFile;
    /** Where evaluation.json and evaluation.md go. */
    public Path outDir;
    /**
     * The recipients CSV the run used, for the names of true companies that a namesake leads
     * ({@link NamesakesAhead}); null to count only the listed ties as ambiguous.
     */
    public Path recipientsFile;
    /** Recipients CSV the legacy matcher loads whole; null to skip the legacy comparison. */
    public Path legacyRecipients;
    /** Awards CSV the legacy matcher reads (the same file the run enriched). */
    public Path legacyAwards;
    /** The legacy matcher scores every recipient per fuzzy award, so it runs on the first N records only. */
    public int legacySample = 2000;
    /** Simulate a perfect reviewer on the first N awards of the review list; null for none. Needs a run directory. */
    public Integer simulateReview;

    public EvaluationOptions() {}
}

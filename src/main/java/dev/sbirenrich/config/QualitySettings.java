package dev.sbirenrich.config;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;


/**
 * Thresholds of the quality rules, how the award stream is windowed for them, where baselines live
 * and where alerts are posted. Every default is documented in docs/quality-gates.md. Shares are
 * fractions (0.05 = 5%); a baseline decline is in fractions of awards too (0.05 = 5 percentage points).
 */
public final class QualitySettings implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** How the award stream is cut into windows for the window rules. */
    public enum WindowKind {
        /** Every {@code windowAwards} awards: reproducible, the default. */
        COUNT,
        /** Every {@code windowMs} of processing time: for a job that watches its awards. */
        PROCESSING_TIME;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Match rate below this fails the gate. */
    public final double minMatchRate;
    /** Match-rate decline against the baseline above this fails the gate. */
    public final double baselineFailureDecline;
    /** Match-rate decline against the baseline above this warns (0: any decline). */
    public final double baselineWarningDecline;
    /**
     * The accepted run's match rate. Normally filled from {@code baselineDir}/baseline.json by the
     * run command; set it here to pin a fixed baseline instead.
     */
    public final Double baselineMatchRate;
    /** Where baseline.json and history.jsonl are kept. */
    public final String baselineDir;
    /** One award taking longer than this from its first probe answer to its result warns. */
    public final long maxEnrichmentMs;
    /** Heap growth of the monitoring JVM since the run started above this warns. */
    public final long maxHeapGrowthMb;
    /** Share of award rows rejected above which the run warns. */
    public final double rejectedWarningShare;
    /** Share of award rows rejected above which the gate fails. */
    public final double rejectedFailureShare;
    /**
     * An input file that cannot be read to its end (truncated or corrupt compression) fails the gate;
     * true makes it a warning, and the rows read before the damage are published.
     */
    public final boolean allowTruncatedInput;
    /** Share of awards with neither a valid UEI nor a valid DUNS above which the run warns. */
    public final double maxNoIdentifierShare;
    /** Share of awards carrying an invalid UEI or DUNS above which the run warns. */
    public final double maxInvalidIdentifierShare;
    /** Share of matched awards whose identifier several reference rows share above which the run warns. */
    public final double maxDuplicateIdentifierShare;
    /** "count": a window every {@link #windowAwards} awards; "processing-time": every {@link #windowMs}. */
    public final WindowKind windowKind;
    public final int windowAwards;
    public final long windowMs;
    /** Alerts are also POSTed here as JSON when set. */
    public final String webhookUrl;
    /** Further attempts after a failed POST; the wait doubles from {@link #webhookBackoffMs}. */
    public final int webhookRetries;
    public final long webhookBackoffMs;
    public final long webhookTimeoutMs;
    /** Alerts waiting for delivery beyond this are dropped (counted and logged), never blocking the job. */
    public final int webhookQueueCapacity;

    public QualitySettings() {
        minMatchRate = 0.70;
        baselineFailureDecline = 0.05;
        baselineWarningDecline = 0.0;
        baselineMatchRate = null;
        baselineDir = "baseline";
        maxEnrichmentMs = 5_000;
        maxHeapGrowthMb = 500;
        rejectedWarningShare = 0.01;
        rejectedFailureShare = 0.05;
        allowTruncatedInput = false;
        maxNoIdentifierShare = 0.25;
        maxInvalidIdentifierShare = 0.05;
        maxDuplicateIdentifierShare = 0.05;
        windowKind = WindowKind.COUNT;
        windowAwards = 10_000;
        windowMs = 60_000;
        webhookUrl = null;
        webhookRetries = 5;
        webhookBackoffMs = 500;
        webhookTimeoutMs = 5_000;
        webhookQueueCapacity = 1_000;
    }

    public boolean processingTimeWindows() {
        return windowKind == WindowKind.PROCESSING_TIME;
    }
}

package dev.sbirenrich.config;


/**
 * Thresholds of the quality rules, how the award stream is windowed for them, where baselines live
 * and where alerts are posted. Every default is documented in docs/quality-gates.md. Shares are
 * fractions (0.05 = 5%); a baseline decline is in fractions of awards too (0.05 = 5 percentage points).
 */
public class QualitySettings implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Match rate below this fails the gate. */
    public double minMatchRate = 0.70;
    /** Match-rate decline against the baseline above this fails the gate. */
    public double baselineFailureDecline = 0.05;
    /** Match-rate decline against the baseline above this warns (0: any decline). */
    public double baselineWarningDecline = 0.0;
    /**
     * The accepted run's match rate. Normally filled from {@code baselineDir}/baseline.json by the
     * run command; set it here to pin a fixed baseline instead.
     */
    public Double baselineMatchRate;
    /** Where baseline.json and history.jsonl are kept. */
    public String baselineDir = "baseline";
    /** One award taking longer than this from its first probe answer to its result warns. */
    public long maxEnrichmentMs = 5_000;
    /** Heap growth of the monitoring JVM since the run started above this warns. */
    public long maxHeapGrowthMb = 500;
    /** Share of award rows rejected above which the run warns. */
    public double rejectedWarningShare = 0.01;
    /** Share of award rows rejected above which the gate fails. */
    public double rejectedFailureShare = 0.05;
    /**
     * An input file that cannot be read to its end (truncated or corrupt compression) fails the gate;
     * true makes it a warning, and the rows read before the damage are published.
     */
    public boolean allowTruncatedInput = false;
    /** Share of awards with neither a valid UEI nor a valid DUNS above which the run warns. */
    public double maxNoIdentifierShare = 0.25;
    /** Share of awards carrying an invalid UEI or DUNS above which the run warns. */
    public double maxInvalidIdentifierShare = 0.05;
    /** Share of matched awards whose identifier several reference rows share above which the run warns. */
    public double maxDuplicateIdentifierShare = 0.05;
    /** "count": a window every {@link #windowAwards} awards; "processing-time": every {@link #windowMs}. */
    public String windowKind = "count";
    public int windowAwards = 10_000;
    public long windowMs = 60_000;
    /** Alerts are also POSTed here as JSON when set. */
    public String webhookUrl;
    /** Further attempts after a failed POST; the wait doubles from {@link #webhookBackoffMs}. */
    public int webhookRetries = 5;
    public long webhookBackoffMs = 500;
    public long webhookTimeoutMs = 5_000;
    /** Alerts waiting for delivery beyond this are dropped (counted and logged), never blocking the job. */
    public int webhookQueueCapacity = 1_000;

    public QualitySettings() {}

    public boolean processingTimeWindows() {
        return switch (windowKind) {
            case "count" -> false;
            case "processing-time" -> true;
            default -> throw new IllegalArgumentException(
                    "quality.windowKind must be count or processing-time, not " + windowKind);
        };
    }
}

package dev.sbirenrich.run;

/**
 * The folders of a run's output directory. The job's sinks write them; the gate, the summary and
 * the report read them.
 */
public final class OutputLayout {
    /** One JSON line per enriched award. */
    public static final String ENRICHED_DIR = "enriched";
    /** One JSON line per input row that could not be read, with its reason. */
    public static final String REJECTED_DIR = "rejected";
    /** The quality gate's alerts. */
    public static final String ALERTS_DIR = "alerts";

    private OutputLayout() {}
}

package dev.sbirenrich.run;

import dev.sbirenrich.quality.Baseline;

/** How a run's match rate compares with the baseline, as recorded in run-summary.json and manifest.json. */
public class BaselineComparison {
    public String baselineDir;
    /** Null when the baseline match rate was pinned in the settings rather than read from baseline.json. */
    public String baselineRunId;
    public double baselineMatchRate;
    public double matchRate;
    /** Baseline minus this run, in percentage points; negative is an improvement. */
    public double declinePoints;
    /** INFO (no decline beyond the warning threshold), WARNING or FAILURE. */
    public String severity;

    public BaselineComparison() {}
}

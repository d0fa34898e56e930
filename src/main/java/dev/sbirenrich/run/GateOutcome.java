package dev.sbirenrich.run;

import java.util.ArrayList;
import java.util.List;

/** Whether a run's output was published, the verdict of its quality gate and why (run-summary.json). */
public class GateOutcome {
    /** INFO, WARNING or FAILURE, from the monitor's run-verdict alert; null when there was none. */
    public String verdict;
    public boolean published;
    /** Why the output was not published (empty when it was). */
    public List<String> reasons = new ArrayList<>();
    /** Run-level warnings, which do not block publishing. */
    public List<String> warnings = new ArrayList<>();

    public GateOutcome() {}
}

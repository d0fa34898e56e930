package dev.sbirenrich.quality;

import dev.sbirenrich.run.RunSummary;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** The quality figures of an accepted run, which later runs are compared with (baseline.json). */
public class Baseline {
    public String runId;
    public String runDir;
    public String savedAt;
    public double matchRate;
    public long awardsRead;
    public long awardsEnriched;
    public long awardsRejected;
    public Map<String, Long> methods = new TreeMap<>();
    public long wallTimeMs;

    public Baseline() {}

    public static Baseline of(RunSummary summary, String runDir) {
        Baseline baseline = new Baseline();
        baseline.runId = summary.runId;
        baseline.runDir = runDir;
        baseline.savedAt = Instant.now().toString();
        baseline.matchRate = summary.matchRate;
        baseline.awardsRead = summary.awardsRead;
        baseline.awardsEnriched = summary.awardsEnriched;
        baseline.awardsRejected = summary.awardsRejected;
        baseline.methods.putAll(summary.methods);
        baseline.wallTimeMs = summary.wallTimeMs;
        return baseline;
    }
}

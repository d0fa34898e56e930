package dev.sbirenrich.quality;

import dev.sbirenrich.run.BaselineComparison;
import dev.sbirenrich.run.RunSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** manifest.json of a published run: what it counted, its gate verdict, its baseline comparison and its inputs. */
public class Manifest {
    public String runId;
    public String publishedAt;
    public String verdict;
    public List<String> warnings;
    public long awardsRead;
    public long awardsEnriched;
    public long awardsRejected;
    public double matchRate;
    public Map<String, Long> methods;
    public BaselineComparison baseline;
    public List<InputFingerprint> awardsInputs;
    public List<InputFingerprint> recipientsInputs;

    public Manifest() {}

    static Manifest of(RunSummary summary, List<InputFingerprint> awards, List<InputFingerprint> recipients) {
        Manifest manifest = new Manifest();
        manifest.runId = summary.runId;
        manifest.publishedAt = Instant.now().toString();
        manifest.verdict = summary.gate.verdict;
        manifest.warnings = summary.gate.warnings;
        manifest.awardsRead = summary.awardsRead;
        manifest.awardsEnriched = summary.awardsEnriched;
        manifest.awardsRejected = summary.awardsRejected;
        manifest.matchRate = summary.matchRate;
        manifest.methods = summary.methods;
        manifest.baseline = summary.baseline;
        manifest.awardsInputs = awards;
        manifest.recipientsInputs = recipients;
        return manifest;
    }
}

package dev.sbirenrich.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** run-summary.json: what a run read, produced and rejected; its counts must reconcile. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RunSummary {
    public static final String FILE_NAME = "run-summary.json";
    static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public String runId;
    public String startedAt;
    public long wallTimeMs;
    public int parallelism;
    public List<String> awardsInputs;
    public List<String> recipientsInputs;
    public String recipientsFormat;
    /** The reference snapshot the run started with (id), and whether the store already had it. */
    public String referenceSnapshot;
    public Boolean referenceReused;
    public Long referenceRows;
    /** Recipients rows read into the snapshot (indexed + rejected). */
    public Long recipientsRead;
    /** Time to find the snapshot in the store, or to build it (local runs). */
    public Long referenceLoadMs;
    /** Peak heap used by the local JVM (job and MiniCluster), sampled every second. */
    public Long peakHeapUsedMb;
    public Long maxHeapMb;

    /** Award records the readers numbered: per file, the highest record number seen in the output. */
    public long awardsRead;
    public long awardsEnriched;
    public long awardsRejected;
    /** True when read = enriched + rejected and every record number 1..N appears exactly once. */
    public boolean reconciled;
    public long missingRecords;
    public long duplicateRecords;

    public Map<String, Long> methods = new TreeMap<>();
    /** Awards by the reference snapshot they were matched against: more than one after a refresh. */
    public Map<String, Long> awardsByReference = new TreeMap<>();
    /** (uei-exact + duns-exact + name-fuzzy-auto + manual-accept) / enriched awards; candidates do not count. */
    public double matchRate;
    public long fuzzyCandidates;
    /** Awards by the identifiers they carry: both, uei-only, duns-only, neither. */
    public Map<String, Long> identifierTypes = new TreeMap<>();
    public long invalidUei;
    public long invalidDuns;
    /** Awards matched through an identifier that several reference rows share (resolved by RecipientOrder). */
    public long duplicateIdentifierMatches;
    public Map<String, Long> rejectedByReason = new TreeMap<>();
    /** Match rate breakdowns: awards and matched awards per bucket. */
    public Map<String, MatchTally> matchByPhase = new TreeMap<>();
    /** By employee range, in range order (see report.CompanySize). */
    public Map<String, MatchTally> matchByCompanySize = new LinkedHashMap<>();
    /** By identifier type: both, uei-only, duns-only, neither. */
    public Map<String, MatchTally> matchByIdentifierType = new LinkedHashMap<>();
    public Map<String, MatchTally> matchByAwardYear = new TreeMap<>();
    /** Fuzzy scores in buckets of 0.05 keyed by lower bound ("0.85"): auto-accepted and candidate matches. */
    public Map<String, Long> acceptedScoreHistogram = new TreeMap<>();
    public Map<String, Long> candidateScoreHistogram = new TreeMap<>();
    public long recipientsRejected;
    /** The reviewers' decisions and what became of them (docs/review.md). */
    public DecisionTally decisions = new DecisionTally();

    /** Match rate against the stored baseline; absent when there is none. */
    public BaselineComparison baseline;
    /** The quality gate's verdict and whether the output was published. */
    public GateOutcome gate;

    public String enrichedDir;
    public String rejectedDir;

    public RunSummary() {}

    @JsonProperty("match_rate_percent")
    public double matchRatePercent() {
        return Math.round(matchRate * 10_000) / 100.0;
    }

    /** Takes the facts only the run itself knew (inputs, mode, timings) from a stored summary. */
    public void copyRunFacts(RunSummary stored) {
        runId = stored.runId;
        startedAt = stored.startedAt;
        wallTimeMs = stored.wallTimeMs;
        referenceSnapshot = stored.referenceSnapshot;
        referenceReused = stored.referenceReused;
        referenceRows = stored.referenceRows;
        recipientsRead = stored.recipientsRead;
        parallelism = stored.parallelism;
        awardsInputs = stored.awardsInputs;
        recipientsInputs = stored.recipientsInputs;
        recipientsFormat = stored.recipientsFormat;
        referenceLoadMs = stored.referenceLoadMs;
        peakHeapUsedMb = stored.peakHeapUsedMb;
        maxHeapMb = stored.maxHeapMb;
        baseline = stored.baseline;
        gate = stored.gate;
        decisions.given = stored.decisions.given;
        decisions.absent = stored.decisions.absent;
        decisions.absentDecisions = stored.decisions.absentDecisions;
    }

    public void write(Path outputDir) throws IOException {
        JSON.writeValue(outputDir.resolve(FILE_NAME).toFile(), this);
    }

    public static RunSummary read(Path outputDir) throws IOException {
        return JSON.readerFor(RunSummary.class)
                .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(outputDir.resolve(FILE_NAME).toFile());
    }
}

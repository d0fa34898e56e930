package dev.sbirenrich.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sbirenrich.quality.BaselineComparison;
import dev.sbirenrich.quality.GateOutcome;
import java.io.IOException;
import java.nio.file.Path;
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
    public String runtimeMode;
    public String stateLayout;
    public int parallelism;
    public List<String> awardsInputs;
    public List<String> recipientsInputs;
    public String recipientsFormat;

    /** Award records the readers numbered: per file, the highest record number seen in the output. */
    public long awardsRead;
    public long awardsEnriched;
    public long awardsRejected;
    /** True when read = enriched + rejected and every record number 1..N appears exactly once. */
    public boolean reconciled;
    public long missingRecords;
    public long duplicateRecords;

    public Map<String, Long> methods = new TreeMap<>();
    /** (uei-exact + duns-exact + name-fuzzy-auto) / enriched awards; candidates do not count. */
    public double matchRate;
    public long fuzzyCandidates;
    /** Awards by the identifiers they carry: both, uei-only, duns-only, neither. */
    public Map<String, Long> identifierTypes = new TreeMap<>();
    public long invalidUei;
    public long invalidDuns;
    /** Awards matched through an identifier that several reference rows share (resolved by RecipientOrder). */
    public long duplicateIdentifierMatches;
    public Map<String, Long> rejectedByReason = new TreeMap<>();
    public long recipientsRejected;

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

    public void write(Path outputDir) throws IOException {
        JSON.writeValue(outputDir.resolve(FILE_NAME).toFile(), this);
    }

    public static RunSummary read(Path outputDir) throws IOException {
        return JSON.readerFor(RunSummary.class)
                .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(outputDir.resolve(FILE_NAME).toFile());
    }
}

package dev.sbirenrich.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/** Everything one benchmark measured: written as reports/benchmarks/&lt;timestamp&gt;.json and a history line. */
public class BenchmarkResult {
    public String timestamp;
    public String scale;
    public long seed;
    public long recipients;
    public long awards;
    public int runsPerContender;
    public int parallelism;
    public String heap;
    /** The commit measured (GITHUB_SHA in CI, else git's HEAD), when known. */
    public String commit;
    public Machine machine;
    public Map<String, ContenderResult> contenders = new LinkedHashMap<>();
    /** Each Flink contender against the DuckDB peer of the same benchmark, from the medians (see {@link Ratios}). */
    public Map<String, Double> ratios = new LinkedHashMap<>();
    /**
     * The judged contender ({@link Contender#JUDGED}) against the baseline of the same scale; its
     * verdict is the benchmark's. Null when there is no baseline, or it lacks the judged contender.
     */
    public RegressionCheck.Comparison regression;
    /** The other Flink contenders against the same baseline: reported, never deciding the verdict. */
    public Map<String, RegressionCheck.Comparison> alsoCompared = new LinkedHashMap<>();
    /** Why a baseline that exists was not compared (e.g. it predates today's contenders). */
    public String baselineNote;

    public BenchmarkResult() {}

    /** The median figures of a contender, or an empty map when it did not run. */
    public Map<String, Double> median(Contender contender) {
        ContenderResult result = contenders.get(contender.label);
        return result == null ? Map.of() : result.median;
    }
}

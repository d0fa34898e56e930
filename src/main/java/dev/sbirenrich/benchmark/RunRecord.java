package dev.sbirenrich.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One measured run of one contender: its figures, exit code, and where its time went. */
public class RunRecord {
    public int exitCode;
    /** Figures by {@link BenchmarkMetrics} name; absent when not measurable for this contender or run. */
    public Map<String, Double> metrics = new LinkedHashMap<>();
    /** Flink runs: each vertex's [start, end] seconds after the process start (-1: not seen). */
    public Map<String, List<Double>> timeline = new LinkedHashMap<>();
    /**
     * Flink runs: [seconds after the process start, recipientsRead, referenceEntriesLoaded,
     * awardsEnriched] whenever a poll saw the counters change.
     */
    public List<List<Double>> counters = new ArrayList<>();
    /** The run's console log, kept until the next benchmark. */
    public String log;

    public RunRecord() {}
}

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
    /** Flink runs: the reference store the run was given, the snapshot it used, and whether the store had it. */
    public String referenceStore;
    public String referenceSnapshot;
    public Boolean referenceReused;
    /**
     * Why a run that exited 0 is left out of the medians (a cold run that found its snapshot, a warm
     * run that had to build it: it measured the other contender); null for a valid run.
     */
    public String discarded;
    /** Flink runs: each vertex's [start, end] seconds after the process start (-1: not seen). */
    public Map<String, List<Double>> timeline = new LinkedHashMap<>();
    /** Flink runs: [seconds after the process start, awardsEnriched] whenever a poll saw the counter change. */
    public List<List<Double>> counters = new ArrayList<>();
    /** The run's console log, kept until the next benchmark. */
    public String log;

    public RunRecord() {}

    boolean counts() {
        return exitCode == 0 && discarded == null;
    }
}

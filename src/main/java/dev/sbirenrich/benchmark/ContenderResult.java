package dev.sbirenrich.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** All runs of one contender and the median of each figure over its successful, valid runs. */
public class ContenderResult {
    public String name;
    public String description;
    public List<String> command;
    public List<RunRecord> runs = new ArrayList<>();
    public Map<String, Double> median = new LinkedHashMap<>();
    /** Runs that exited with an error or were discarded (see {@link RunRecord#discarded}). */
    public int failedRuns;

    public ContenderResult() {}

    ContenderResult(Contender contender, List<String> command) {
        this.name = contender.label;
        this.description = contender.description;
        this.command = command;
    }

    void add(RunRecord run) {
        runs.add(run);
        if (!run.counts()) {
            failedRuns++;
        }
        median = medians(runs.stream().filter(RunRecord::counts).toList());
    }

    static Map<String, Double> medians(List<RunRecord> runs) {
        Map<String, Double> result = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        runs.forEach(r -> names.addAll(r.metrics.keySet()));
        for (String name : names) {
            List<Double> values = runs.stream().map(r -> r.metrics.get(name)).filter(v -> v != null).sorted().toList();
            result.put(name, median(values));
        }
        return result;
    }

    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

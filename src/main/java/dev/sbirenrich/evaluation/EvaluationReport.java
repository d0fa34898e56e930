package dev.sbirenrich.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything evaluate measured; written as evaluation.json and rendered as evaluation.md. */
public class EvaluationReport {
    public String enrichedDir;
    public String truthFile;
    public long truthRecords;
    public long enrichedRecords;
    /** Enriched lines with no truth row (another file, or a wrong record number). */
    public long enrichedWithoutTruth;
    /** Enriched lines seen more than once for the same award (later ones ignored). */
    public long duplicateEnriched;
    public Missing missing = new Missing();
    public Scoreboard ours = new Scoreboard();
    public List<Goal> goals = new ArrayList<>();
    public LegacyComparison legacy;

    public EvaluationReport() {}

    /** Truth records absent from the enriched output: expected for malformed rows (rejected/). */
    public static class Missing {
        public long total;
        public long malformed;
        public long other;
        public Map<String, Long> otherByNoise = new TreeMap<>();
        public List<Long> otherExamples = new ArrayList<>();

        public Missing() {}
    }

    /** A target from the project's goals and whether this run meets it. */
    public static class Goal {
        public String name;
        public Double value;
        public double target;
        public boolean met;

        public Goal() {}

        Goal(String name, Double value, double target) {
            this.name = name;
            this.value = value;
            this.target = target;
            this.met = value != null && value >= target;
        }
    }

    /** The original algorithm and ours on the same award records. */
    public static class LegacyComparison {
        public String recipientsFile;
        public String awardsFile;
        public long recipients;
        public long sampleRecords;
        public double legacySeconds;
        /** The original's own "match rate", which counted review candidates as matched. */
        public Double legacyReportedMatchRate;
        public Map<String, Long> legacyMethodCounts;
        public Scoreboard legacy = new Scoreboard();
        public Scoreboard oursOnSample = new Scoreboard();

        public LegacyComparison() {}
    }
}

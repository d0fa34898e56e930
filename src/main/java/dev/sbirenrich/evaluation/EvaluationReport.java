package dev.sbirenrich.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
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
    /**
     * Candidates counted ambiguous because a namesake of the true company leads them
     * ({@link NamesakesAhead}); null when no recipients file was given, and then they are not.
     */
    public Integer namesakesAhead;
    public Missing missing = new Missing();
    public Scoreboard ours = new Scoreboard();
    public List<Goal> goals = new ArrayList<>();
    public LegacyComparison legacy;
    @JsonProperty("review_simulation")
    public ReviewSimulation reviewSimulation;

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

    /** A perfect reviewer simulated from the truth on the first awards of the review list (--simulate-review). */
    public static class ReviewSimulation {
        public long requested;
        /** Awards on the run's review list (docs/review.md). */
        public long listed;
        /** Awards reviewed: the first {@code requested} of the list, or all of it. */
        public long reviewed;
        /**
         * Reviewed awards by what the reviewer did (accept, reject, true-candidate-without-identifier,
         * without-truth).
         */
        public Map<String, Long> verdicts = new TreeMap<>();
        /** The accepts and rejects as a decisions CSV that {@code run --decisions} applies. */
        public String decisionsFile;
        public List<CurvePoint> curve = new ArrayList<>();

        public ReviewSimulation() {}
    }

    /** Recall and precision after the first {@code decisions} awards of the review list are decided. */
    public static class CurvePoint {
        public long decisions;
        /** Awards among them whose evaluation changed: a wrong or missing match made right, a wrong one removed. */
        public long changed;
        public Double recall;
        public Double precision;
        /** Recall percentage points gained per 1,000 decisions since the previous point; null on the first. */
        public Double recallPointsPer1000;

        public CurvePoint() {}
    }
}

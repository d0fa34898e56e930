package dev.sbirenrich.model;

/**
 * One quality finding: a rule whose metric crossed its threshold in a window of the award stream,
 * or the run's verdict (rule {@code run-verdict}). Written to alerts/ and posted to the webhook as
 * JSON (docs/quality-gates.md).
 */
public class Alert {
    public Severity severity;
    /** The rule that fired, e.g. match-rate, rejected-rows, run-verdict. */
    public String rule;
    /** What was measured, e.g. match_rate, rejected_share, max_enrichment_ms. */
    public String metric;
    public double threshold;
    public double actual;
    /** Which part of the stream was judged: "run", "awards 1-10000", or a processing-time span. */
    public String window;
    /** The Flink job id of the run. */
    public String runId;
    /** When the alert was raised, ISO-8601 UTC. */
    public String time;
    /** One human-readable line. */
    public String detail;

    public Alert() {}

    public Alert(Severity severity, String rule, String metric, double threshold, double actual, String detail) {
        this.severity = severity;
        this.rule = rule;
        this.metric = metric;
        this.threshold = threshold;
        this.actual = actual;
        this.detail = detail;
    }
}

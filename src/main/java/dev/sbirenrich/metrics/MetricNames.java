package dev.sbirenrich.metrics;

import dev.sbirenrich.io.InputProgress;

/**
 * Names of the job's own metrics (documented with units in docs/metrics.md). Flink prefixes them
 * with the operator scope; Prometheus sees e.g. flink_taskmanager_job_task_operator_awardsRead.
 */
public final class MetricNames {
    /** Per input (prefix "awards" or "recipients"): records read and records rejected. */
    public static final String READ_SUFFIX = "Read";
    public static final String REJECTED_SUFFIX = "Rejected";
    /** Reference rows read, as the benchmark reads it back from the REST API. */
    public static final String INVALID_IDENTIFIERS = "invalidIdentifiers";
    public static final String REFERENCE_ROWS = "referenceRows";
    public static final String REFERENCE_SWITCHES = "referenceSwitches";
    /** Reviewers' decisions the enrichment holds. */
    public static final String REVIEW_DECISIONS = "reviewDecisions";
    /** Decisions met whose accepted recipient (UEI, or DUNS) is not in the reference: the cascade's result stands. */
    public static final String REVIEW_DECISIONS_UNAPPLIED = "reviewDecisionsUnapplied";
    /** Probes of an identifier that several reference rows share (resolved by RecipientOrder). */
    public static final String DUPLICATE_REFERENCE_IDENTIFIERS = "duplicateReferenceIdentifiers";
    public static final String AWARDS_ENRICHED = "awardsEnriched";
    /** Per-method counters are this prefix plus the method label with dashes removed, e.g. enrichedUeiExact. */
    public static final String ENRICHED_PREFIX = "enriched";
    public static final String MATCH_RATE = "matchRate";
    public static final String ENRICHMENT_TIME_MICROS = "enrichmentTimeMicros";
    public static final String CANDIDATES_EXAMINED = "candidatesExamined";
    public static final String ACCEPTED_SCORE_PERCENT = "acceptedFuzzyScorePercent";
    public static final String CANDIDATE_SCORE_PERCENT = "candidateFuzzyScorePercent";
    /** Alerts raised per severity are this prefix plus the severity, e.g. alertsFailure. */
    public static final String ALERTS_PREFIX = "alerts";
    public static final String WEBHOOK_DELIVERED = "webhookAlertsDelivered";
    public static final String WEBHOOK_DROPPED = "webhookAlertsDropped";
    /** Rejected rows, in a key group "reason" so Prometheus sees one name with a reason label. */
    public static final String REASON_GROUP = "reason";
    public static final String REJECTED_ROWS = "rejectedRows";
    /** Input progress gauges: prefix "awards" or "recipients" plus these suffixes. */
    public static final String INPUT_BYTES_READ_SUFFIX = "InputBytesRead";
    public static final String INPUT_BYTES_SUFFIX = "InputBytes";
    public static final String INPUT_PROGRESS_SUFFIX = "InputProgress";
    public static final String AWARDS_PREFIX = "awards";

    private MetricNames() {}

    /** "FAILURE" becomes "alertsFailure". */
    public static String alerts(String severity) {
        return ALERTS_PREFIX + severity.charAt(0) + severity.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** "name-fuzzy-auto" becomes "enrichedNameFuzzyAuto". */
    public static String enrichedBy(String methodLabel) {
        StringBuilder name = new StringBuilder(ENRICHED_PREFIX);
        for (String part : methodLabel.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }
}

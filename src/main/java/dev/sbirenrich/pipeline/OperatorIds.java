package dev.sbirenrich.pipeline;

/**
 * The uid of every operator of the job, in one place: they are the savepoint contract. A savepoint
 * maps its state to operators by these ids, so changing one loses that operator's state on resume
 * (docs/operations.md). Add new ones; never rename or reuse one.
 */
final class OperatorIds {
    static final String AWARDS_SOURCE = "awards-source";
    static final String AWARD_NORMALIZER = "award-normalizer";
    static final String REFERENCE_SOURCE = "reference-snapshot-source";
    static final String REFERENCE_UPDATES_SOURCE = "reference-updates-source";
    static final String SNAPSHOT_REFRESH = "reference-snapshot-refresh";
    static final String SNAPSHOT_REJECTIONS = "reference-snapshot-rejections";
    static final String REFERENCE_BROADCAST = "reference-snapshot-broadcast";
    static final String DECISIONS_UPDATES_SOURCE = "decisions-updates-source";
    static final String DECISIONS_READ = "decisions-read";
    static final String DECISION_PROBLEMS_SOURCE = "decision-problems-source";
    static final String ENRICHMENT = "snapshot-enrichment";
    static final String RECOVERY_MONITOR = "recovery-monitor";
    static final String ENRICHED_SINK = "enriched-sink";
    static final String REJECTED_SINK = "rejected-sink";
    static final String REFERENCE_EVENTS = "quality-reference-events";
    static final String ENRICHED_EVENTS = "quality-enriched-events";
    static final String REJECTED_EVENTS = "quality-rejected-events";
    static final String QUALITY_MONITOR = "quality-monitor";
    static final String ALERTS_SINK = "alerts-sink";
    static final String WEBHOOK_SINK = "alerts-webhook";

    private OperatorIds() {}
}

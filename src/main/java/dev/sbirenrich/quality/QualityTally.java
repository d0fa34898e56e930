package dev.sbirenrich.quality;

/** Running counts over a window of the award stream or the whole run (Flink POJO, kept in state). */
public class QualityTally {
    /** Number of the first award of this tally in the run (1-based), for window labels. */
    public long firstAward;
    public long enriched;
    public long matched;
    public long rejected;
    public long noIdentifier;
    public long invalidIdentifier;
    public long duplicateIdentifier;
    public long maxEnrichNanos;
    /** Earliest classification, to prove no award was classified before the reference was complete. */
    public long firstClassifiedAtMillis = Long.MAX_VALUE;
    public long referenceEntries;
    public int referenceReports;
    public int referenceSubtasks;
    /** When the last reference subtask finished loading. */
    public long referenceCompletedAtMillis;
    /** Input files whose reading stopped early (truncated or corrupt), and the first of them. */
    public long truncatedInputs;
    public String firstTruncation;

    public QualityTally() {}

    public static QualityTally startingAt(long firstAward) {
        QualityTally tally = new QualityTally();
        tally.firstAward = firstAward;
        return tally;
    }

    public void add(QualityEvent event) {
        switch (event.kind) {
            case ENRICHED -> {
                enriched++;
                matched += event.matched ? 1 : 0;
                noIdentifier += event.noIdentifier ? 1 : 0;
                invalidIdentifier += event.invalidIdentifier ? 1 : 0;
                duplicateIdentifier += event.duplicateIdentifier ? 1 : 0;
                maxEnrichNanos = Math.max(maxEnrichNanos, event.enrichNanos);
                firstClassifiedAtMillis = Math.min(firstClassifiedAtMillis, event.atMillis);
            }
            case REJECTED -> rejected++;
            case REFERENCE -> {
                referenceEntries += event.referenceEntries;
                referenceReports++;
                referenceSubtasks = event.referenceSubtasks;
                referenceCompletedAtMillis = Math.max(referenceCompletedAtMillis, event.atMillis);
            }
            case TRUNCATED -> {
                if (truncatedInputs++ == 0) {
                    firstTruncation = event.truncation;
                }
            }
        }
    }

    /** Award rows seen: enriched plus rejected. */
    public long awards() {
        return enriched + rejected;
    }

    public long lastAward() {
        return firstAward + awards() - 1;
    }

    public boolean referenceComplete() {
        return referenceSubtasks > 0 && referenceReports >= referenceSubtasks;
    }
}

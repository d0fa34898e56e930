package dev.sbirenrich.quality;

import dev.sbirenrich.config.QualitySettings;
import dev.sbirenrich.model.Alert;
import dev.sbirenrich.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The quality rules over a tally (pure Java: the monitor, the run summary and tests share them). */
public final class QualityRules {
    public static final String MATCH_RATE = "match-rate";
    public static final String BASELINE_DECLINE = "baseline-decline";
    public static final String ENRICHMENT_TIME = "enrichment-time";
    public static final String HEAP_GROWTH = "heap-growth";
    public static final String REJECTED_ROWS = "rejected-rows";
    public static final String NO_IDENTIFIER = "no-identifier";
    public static final String INVALID_IDENTIFIERS = "invalid-identifiers";
    public static final String DUPLICATE_IDENTIFIERS = "duplicate-identifiers";
    public static final String REFERENCE_EMPTY = "reference-empty";
    public static final String REFERENCE_INCOMPLETE = "reference-incomplete";
    public static final String INPUT_TRUNCATED = "input-truncated";
    public static final String RUN_VERDICT = "run-verdict";
    /** The window of the alerts judged over the whole run (the others name their award range). */
    public static final String RUN_WINDOW = "run";

    private static final long MB = 1024L * 1024;
    /** Rates are ratios of counts: 1.0 - 0.95 must count as 5 points, not 5.0000000000000044. */
    private static final double EPSILON = 1e-9;

    private final QualitySettings settings;

    public QualityRules(QualitySettings settings) {
        this.settings = settings;
    }

    /** Rules about the awards of a window or the run; a tally without awards raises nothing. */
    public List<Alert> awardRules(QualityTally tally, long heapGrowthBytes) {
        List<Alert> alerts = new ArrayList<>();
        if (tally.enriched > 0) {
            double matchRate = (double) tally.matched / tally.enriched;
            if (matchRate < settings.minMatchRate) {
                alerts.add(new Alert(Severity.FAILURE, MATCH_RATE, "match_rate", settings.minMatchRate, matchRate,
                        format("match rate %.3f below %.3f", matchRate, settings.minMatchRate)));
            }
            if (settings.baselineMatchRate != null) {
                baselineDecline(settings.baselineMatchRate, matchRate).ifPresent(alerts::add);
            }
            share(alerts, Severity.WARNING, NO_IDENTIFIER, "no_identifier_share", tally.noIdentifier, tally.enriched,
                    settings.maxNoIdentifierShare, "awards with no valid UEI or DUNS");
            share(alerts, Severity.WARNING, INVALID_IDENTIFIERS, "invalid_identifier_share", tally.invalidIdentifier,
                    tally.enriched, settings.maxInvalidIdentifierShare, "awards with an invalid UEI or DUNS");
            if (tally.matched > 0) {
                share(alerts, Severity.WARNING, DUPLICATE_IDENTIFIERS, "duplicate_identifier_share",
                        tally.duplicateIdentifier, tally.matched, settings.maxDuplicateIdentifierShare,
                        "matched awards whose identifier several reference rows share");
            }
        }
        long maxMs = tally.maxEnrichNanos / 1_000_000;
        if (maxMs > settings.maxEnrichmentMs) {
            alerts.add(new Alert(Severity.WARNING, ENRICHMENT_TIME, "max_enrichment_ms", settings.maxEnrichmentMs, maxMs,
                    format("slowest award took %d ms, above %d ms", maxMs, settings.maxEnrichmentMs)));
        }
        long growthMb = heapGrowthBytes / MB;
        if (growthMb > settings.maxHeapGrowthMb) {
            alerts.add(new Alert(Severity.WARNING, HEAP_GROWTH, "heap_growth_mb", settings.maxHeapGrowthMb, growthMb,
                    format("heap grew %d MB during the run, above %d MB", growthMb, settings.maxHeapGrowthMb)));
        }
        if (tally.awards() > 0) {
            double rejected = (double) tally.rejected / tally.awards();
            if (rejected > settings.rejectedFailureShare) {
                alerts.add(rejectedAlert(Severity.FAILURE, rejected, settings.rejectedFailureShare));
            } else if (rejected > settings.rejectedWarningShare) {
                alerts.add(rejectedAlert(Severity.WARNING, rejected, settings.rejectedWarningShare));
            }
        }
        return alerts;
    }

    /**
     * The reference must be loaded and non-empty before any award is classified. {@code run} holds
     * the reference reports; {@code awards} the awards judged. Until the end of input an unfinished
     * reference proves nothing (its reports may still be in flight), at the end it is a failure.
     */
    public List<Alert> referenceRules(QualityTally awards, QualityTally run, boolean endOfInput) {
        List<Alert> alerts = new ArrayList<>();
        if (awards.enriched == 0) {
            return alerts;
        }
        if (!run.referenceComplete()) {
            if (endOfInput) {
                alerts.add(new Alert(Severity.FAILURE, REFERENCE_INCOMPLETE, "reference_subtasks_complete",
                        run.referenceSubtasks, run.referenceReports,
                        "awards were classified but the reference input never completed"));
            }
            return alerts;
        }
        if (run.referenceEntries == 0) {
            alerts.add(new Alert(Severity.FAILURE, REFERENCE_EMPTY, "reference_entries", 1, 0,
                    "awards were classified against an empty reference"));
        }
        if (awards.firstClassifiedAtMillis < run.referenceCompletedAtMillis) {
            long early = run.referenceCompletedAtMillis - awards.firstClassifiedAtMillis;
            alerts.add(new Alert(Severity.FAILURE, REFERENCE_INCOMPLETE, "classified_before_reference_ms", 0, early,
                    format("an award was classified %d ms before the reference finished loading", early)));
        }
        return alerts;
    }

    /**
     * An input file that could not be read to its end fails the run (its rows after the damage are
     * missing, and nothing says how many), or only warns where {@code allowTruncatedInput} says the
     * rows read before it are worth publishing.
     */
    public Optional<Alert> truncatedInputs(QualityTally run) {
        if (run.truncatedInputs == 0) {
            return Optional.empty();
        }
        Severity severity = settings.allowTruncatedInput ? Severity.WARNING : Severity.FAILURE;
        String more = run.truncatedInputs > 1 ? format(" (and %d more file(s))", run.truncatedInputs - 1) : "";
        return Optional.of(new Alert(severity, INPUT_TRUNCATED, "truncated_inputs", 0, run.truncatedInputs,
                run.firstTruncation + more));
    }

    /** Any decline warns (above the warning threshold), a decline above the failure threshold fails. */
    public Optional<Alert> baselineDecline(double baseline, double actual) {
        double decline = baseline - actual;
        Severity severity = decline > settings.baselineFailureDecline + EPSILON ? Severity.FAILURE
                : decline > settings.baselineWarningDecline + EPSILON ? Severity.WARNING : null;
        if (severity == null) {
            return Optional.empty();
        }
        double threshold = severity == Severity.FAILURE ? settings.baselineFailureDecline : settings.baselineWarningDecline;
        return Optional.of(new Alert(severity, BASELINE_DECLINE, "match_rate_decline", threshold, decline,
                format("match rate %.3f is %.1f points below the baseline %.3f", actual, decline * 100, baseline)));
    }

    /** The run's verdict: the worst severity among the run-level alerts, and the reasons for it. */
    public static Alert verdict(List<Alert> runAlerts) {
        Severity worst = Severity.INFO;
        for (Alert alert : runAlerts) {
            worst = Severity.worst(worst, alert.severity);
        }
        Severity reasonLevel = worst;
        List<String> reasons = runAlerts.stream()
                .filter(a -> a.severity == reasonLevel)
                .map(a -> a.rule + ": " + a.detail)
                .toList();
        long failures = runAlerts.stream().filter(a -> a.severity == Severity.FAILURE).count();
        return new Alert(worst, RUN_VERDICT, "failures", 0, failures,
                reasons.isEmpty() ? "all quality rules passed" : String.join("; ", reasons));
    }

    private static void share(List<Alert> alerts, Severity severity, String rule, String metric, long part, long whole,
            double limit, String what) {
        double share = (double) part / whole;
        if (share > limit) {
            alerts.add(new Alert(severity, rule, metric, limit, share,
                    format("%.1f%% of %s, above %.1f%%", share * 100, what, limit * 100)));
        }
    }

    private static Alert rejectedAlert(Severity severity, double share, double limit) {
        return new Alert(severity, REJECTED_ROWS, "rejected_share", limit, share,
                format("%.1f%% of award rows rejected, above %.1f%%", share * 100, limit * 100));
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}

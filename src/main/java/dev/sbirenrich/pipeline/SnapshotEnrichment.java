package dev.sbirenrich.pipeline;

import dev.sbirenrich.matching.Identifiers;
import dev.sbirenrich.matching.LookupKeys;
import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.metrics.EnrichmentMetrics;
import dev.sbirenrich.metrics.MetricNames;
import dev.sbirenrich.model.Alert;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.Decision;
import dev.sbirenrich.model.EnrichedAward;
import dev.sbirenrich.model.MatchMethod;
import dev.sbirenrich.model.MatchResult;
import dev.sbirenrich.model.ProbeAnswer;
import dev.sbirenrich.model.Recipient;
import dev.sbirenrich.model.Severity;
import dev.sbirenrich.reference.OpenSnapshots;
import dev.sbirenrich.reference.ReferenceSnapshot;
import dev.sbirenrich.reference.SnapshotDescriptor;
import dev.sbirenrich.reference.SnapshotException;
import dev.sbirenrich.reference.SnapshotMatcher;
import java.time.Instant;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.BasicTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.runtime.execution.SuppressRestartsException;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches each award against the active reference snapshot, with no shuffle: the snapshot is
 * opened once per process ({@link OpenSnapshots}) and answers every probe locally.
 *
 * <p>Broadcast state holds the active snapshot's descriptor (and a pending one during a refresh),
 * so checkpoints carry a few hundred bytes instead of the reference. A new descriptor arriving on
 * the broadcast input is opened (and verified) at once but becomes active only at the next
 * checkpoint barrier: every subtask has received it before that barrier, so all of them switch at
 * the same consistent cut, and every award is matched against exactly one snapshot, which its
 * result names ({@code match.reference}). A missing or corrupt snapshot fails the job without
 * restarts: retrying cannot repair it.
 *
 * <p>Reviewers' decisions ({@link Decision}) override the cascade for their awards: those the job
 * was submitted with, and those a watching job reads later from its decisions directory, which
 * apply to the awards that arrive after them. Of two decisions on one award the later one counts.
 */
public class SnapshotEnrichment extends BroadcastProcessFunction<Award, BroadcastUpdate, EnrichedAward>
        implements CheckpointedFunction {
    public static final MapStateDescriptor<String, SnapshotDescriptor> SNAPSHOTS = new MapStateDescriptor<>(
            "reference-snapshots", BasicTypeInfo.STRING_TYPE_INFO, TypeInformation.of(SnapshotDescriptor.class));
    /** Reviewers' decisions by award ({@link Decision#awardId()}). */
    public static final MapStateDescriptor<String, Decision> DECISIONS = new MapStateDescriptor<>(
            "review-decisions", BasicTypeInfo.STRING_TYPE_INFO, TypeInformation.of(Decision.class));
    /** Where the switch to a new snapshot leaves, to join the operational alerts. */
    static final OutputTag<Alert> ALERTS = new OutputTag<>("reference-alerts") {};
    /** The snapshot the job was submitted with: a resume that brings another one switches to it. */
    private static final String SUBMITTED = "submitted";
    private static final String ACTIVE = "active";
    private static final String PENDING = "pending";
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotEnrichment.class);

    private final SnapshotDescriptor submitted;
    private final Decision[] submittedDecisions;
    private final MatchingSettings settings;

    private transient BroadcastState<String, SnapshotDescriptor> snapshots;
    private transient BroadcastState<String, Decision> decisions;
    /** How many awards {@link #decisions} holds: with none, an award costs no lookup at all. */
    private transient int decided;
    private transient SnapshotDescriptor active;
    private transient SnapshotMatcher matcher;
    private transient SnapshotDescriptor opened;
    private transient SnapshotDescriptor prefetched;
    private transient EnrichmentMetrics metrics;
    private transient Counter duplicateIdentifiers;
    private transient Counter switches;
    private transient Counter decisionsUnapplied;
    private transient Alert switched;

    /**
     * @param submitted the snapshot of the recipients this job was started with
     * @param submittedDecisions the reviewers' decisions it was started with
     */
    public SnapshotEnrichment(SnapshotDescriptor submitted, Decision[] submittedDecisions, MatchingSettings settings) {
        this.submitted = submitted;
        this.submittedDecisions = submittedDecisions;
        this.settings = settings;
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        snapshots = context.getOperatorStateStore().getBroadcastState(SNAPSHOTS);
        SnapshotDescriptor restoredSubmission = snapshots.get(SUBMITTED);
        if (!submitted.equals(restoredSubmission)) {
            // A fresh start, or a resume given other recipients than the run it resumes: every
            // subtask restores the same checkpoint, so switching here is a consistent point too.
            // A failover keeps its submission, and with it any snapshot a refresh made active.
            if (restoredSubmission != null) {
                LOG.info("resumed with other recipients: reference snapshot {} replaces {}", submitted.id,
                        snapshots.get(ACTIVE).id);
            }
            snapshots.put(SUBMITTED, submitted);
            snapshots.put(ACTIVE, submitted);
            snapshots.remove(PENDING);
        }
        active = snapshots.get(ACTIVE);
        decisions = context.getOperatorStateStore().getBroadcastState(DECISIONS);
        decided = 0;
        for (Map.Entry<String, Decision> ignored : decisions.entries()) {
            decided++;
        }
        // Again after a restore: a resume may bring more decisions, and the later decision of two wins anyway.
        take(submittedDecisions);
    }

    @Override
    public void open(OpenContext openContext) {
        var group = getRuntimeContext().getMetricGroup();
        metrics = new EnrichmentMetrics(group);
        duplicateIdentifiers = group.counter(MetricNames.DUPLICATE_REFERENCE_IDENTIFIERS);
        switches = group.counter(MetricNames.REFERENCE_SWITCHES);
        decisionsUnapplied = group.counter(MetricNames.REVIEW_DECISIONS_UNAPPLIED);
        group.gauge(MetricNames.REVIEW_DECISIONS, (Gauge<Integer>) () -> decided);
        group.gauge(MetricNames.REFERENCE_ROWS, (Gauge<Long>) () -> active == null ? 0L : active.rows);
        use(active);
    }

    @Override
    public void processElement(Award award, ReadOnlyContext ctx, Collector<EnrichedAward> out) throws Exception {
        if (switched != null) {
            ctx.output(ALERTS, switched);
            switched = null;
        }
        long start = System.nanoTime();
        SnapshotMatcher.Matched matched = matcher.match(award.awardId(), award.keys);
        MatchResult match = matched.result();
        if (decided > 0) {
            Decision decision = decisions.get(Decision.awardId(award.sourceFile, award.recordNumber));
            if (decision != null) {
                apply(decision, match);
            }
        }
        match.reference = active.id;
        for (ProbeAnswer answer : matched.answers()) {
            if (answer.recipients.length > 1 && LookupKeys.isIdentifierKey(answer.key)) {
                duplicateIdentifiers.inc();
            }
        }
        EnrichedAward result = new EnrichedAward(award, match, System.nanoTime() - start);
        metrics.record(result);
        out.collect(result);
    }

    /**
     * The reviewer's verdict replaces the cascade's, unless it accepts a recipient the reference does
     * not hold. An accept names the recipient by its UEI, or by its DUNS when it has none.
     */
    private void apply(Decision decision, MatchResult match) {
        match.decision = decision;
        if (!Decision.ACCEPT.equals(decision.verdict)) {
            match.method = MatchMethod.MANUAL_REJECT;
            match.recipient = null;
            return;
        }
        Recipient accepted = decision.uei != null ? matcher.byUei(Identifiers.normalizeUei(decision.uei))
                : matcher.byDuns(Identifiers.normalizeDuns(decision.duns));
        if (accepted == null) {
            match.decisionProblem = MatchResult.RECIPIENT_NOT_IN_REFERENCE;
            decisionsUnapplied.inc();
            return;
        }
        match.method = MatchMethod.MANUAL_ACCEPT;
        match.recipient = accepted;
    }

    @Override
    public void processBroadcastElement(BroadcastUpdate update, Context ctx, Collector<EnrichedAward> out)
            throws Exception {
        if (update.decisions != null) {
            take(update.decisions);
            return;
        }
        SnapshotDescriptor descriptor = update.snapshot;
        if (descriptor.equals(active) || descriptor.equals(snapshots.get(PENDING))) {
            return;
        }
        // Opened and verified now, so the switch at the barrier costs nothing.
        acquire(descriptor);
        release(prefetched);
        prefetched = descriptor;
        snapshots.put(PENDING, descriptor);
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        SnapshotDescriptor pending = snapshots.get(PENDING);
        if (pending == null) {
            return;
        }
        SnapshotDescriptor previous = active;
        snapshots.put(ACTIVE, pending);
        snapshots.remove(PENDING);
        active = pending;
        use(active);
        release(prefetched);
        prefetched = null;
        switches.inc();
        String message = "reference snapshot " + active.id + " (" + active.rows + " rows) replaced " + previous.id
                + " at checkpoint " + context.getCheckpointId();
        LOG.info(message);
        if (getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() == 0) {
            switched = new Alert(Severity.INFO, "reference-switched", "referenceRows", previous.rows, active.rows,
                    message);
            switched.runId = getRuntimeContext().getJobInfo().getJobId().toString();
            switched.time = Instant.now().toString();
        }
    }

    /** Keeps each decision unless the award already has a later one. */
    private void take(Decision[] incoming) throws Exception {
        for (Decision decision : incoming) {
            String key = decision.awardId();
            Decision held = decisions.get(key);
            if (held == null) {
                decided++;
            }
            if (held == null || !decision.decidedAt.isBefore(held.decidedAt)) {
                decisions.put(key, decision);
            }
        }
    }

    private void use(SnapshotDescriptor descriptor) {
        if (descriptor.equals(opened)) {
            return;
        }
        matcher = new SnapshotMatcher(acquire(descriptor), settings);
        release(opened);
        opened = descriptor;
    }

    private static ReferenceSnapshot acquire(SnapshotDescriptor descriptor) {
        try {
            return OpenSnapshots.acquire(descriptor);
        } catch (SnapshotException e) {
            throw new SuppressRestartsException(e);
        }
    }

    private static void release(SnapshotDescriptor descriptor) {
        if (descriptor != null) {
            OpenSnapshots.release(descriptor);
        }
    }

    @Override
    public void close() throws Exception {
        release(opened);
        release(prefetched);
        opened = null;
        prefetched = null;
        super.close();
    }
}

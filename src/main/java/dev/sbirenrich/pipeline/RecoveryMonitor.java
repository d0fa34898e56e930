package dev.sbirenrich.pipeline;


import dev.sbirenrich.model.Alert;
import dev.sbirenrich.model.EnrichedAward;
import dev.sbirenrich.model.Severity;
import java.time.Instant;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes enriched awards through unchanged (chained, no state) and raises an alert when the job
 * starts from a snapshot: WARNING "recovered from checkpoint" after a failover (a later attempt of
 * the task), INFO "resumed from savepoint or checkpoint" for a new run started from one. Only
 * subtask 0 reports, so one restore gives one alert.
 */
public class RecoveryMonitor extends ProcessFunction<EnrichedAward, EnrichedAward> implements CheckpointedFunction {
    private static final Logger LOG = LoggerFactory.getLogger(RecoveryMonitor.class);

    /** Where the restore alert leaves, to join the quality alerts (alerts/, log, metric, webhook). */
    public static final OutputTag<Alert> ALERTS = new OutputTag<>("recovery-alerts") {};

    /** Raised in initializeState, which has no output: emitted with the first award after the restore. */
    private transient Alert pending;

    /** Inserts the monitor after {@code enriched}. */
    public static SingleOutputStreamOperator<EnrichedAward> watch(DataStream<EnrichedAward> enriched) {
        return enriched.process(new RecoveryMonitor()).uid(OperatorIds.RECOVERY_MONITOR).name("RecoveryMonitor");
    }

    @Override
    public void initializeState(FunctionInitializationContext context) {
        var task = getRuntimeContext().getTaskInfo();
        if (!context.isRestored() || task.getIndexOfThisSubtask() != 0) {
            return;
        }
        String checkpoint = context.getRestoredCheckpointId().isPresent()
                ? String.valueOf(context.getRestoredCheckpointId().getAsLong()) : "?";
        if (task.getAttemptNumber() > 0) {
            raise(Severity.WARNING, "recovered from checkpoint " + checkpoint + " after a failure (attempt "
                    + task.getAttemptNumber() + ")", task.getAttemptNumber());
        } else {
            raise(Severity.INFO, "resumed from savepoint or checkpoint " + checkpoint, 0);
        }
    }

    /** Logged at once, in the line form the alert channels share (ALERT <severity> <message>). */
    private void raise(Severity severity, String message, int attempt) {
        LOG.warn("ALERT {} {}", severity, message);
        pending = new Alert(severity, "recovery", "taskAttempt", 0, attempt, message);
        pending.runId = getRuntimeContext().getJobInfo().getJobId().toString();
        pending.time = Instant.now().toString();
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) {}

    @Override
    public void processElement(EnrichedAward award, Context ctx, Collector<EnrichedAward> out) {
        if (pending != null) {
            ctx.output(ALERTS, pending);
            pending = null;
        }
        out.collect(award);
    }
}

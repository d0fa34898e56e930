package dev.sbirenrich.pipeline;

import dev.sbirenrich.model.EnrichedAward;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes enriched awards through unchanged (chained, no state) and raises an alert when the job
 * starts from a snapshot: WARNING "recovered from checkpoint" after a failover (a later attempt of
 * the task), INFO "resumed from savepoint or checkpoint" for a new run started from one. Only
 * subtask 0 reports, so one restore gives one alert.
 */
public class RecoveryMonitor extends ProcessFunction<EnrichedAward, EnrichedAward> implements CheckpointedFunction {
    public static final String UID = "recovery-monitor";
    private static final Logger LOG = LoggerFactory.getLogger(RecoveryMonitor.class);

    /** Inserts the monitor after {@code enriched}. */
    public static DataStream<EnrichedAward> watch(DataStream<EnrichedAward> enriched) {
        return enriched.process(new RecoveryMonitor()).uid(UID).name("RecoveryMonitor");
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
            raise("WARNING", "recovered from checkpoint " + checkpoint + " after a failure (attempt "
                    + task.getAttemptNumber() + ")");
        } else {
            raise("INFO", "resumed from savepoint or checkpoint " + checkpoint);
        }
    }

    /** The alert, in the log line form the alert channels share: ALERT <severity> <message>. */
    private static void raise(String severity, String message) {
        LOG.warn("ALERT {} {}", severity, message);
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) {}

    @Override
    public void processElement(EnrichedAward award, Context ctx, Collector<EnrichedAward> out) {
        out.collect(award);
    }
}

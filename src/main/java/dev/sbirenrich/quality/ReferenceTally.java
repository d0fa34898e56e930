package dev.sbirenrich.quality;

import dev.sbirenrich.model.IndexEntry;
import java.util.List;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Counts the reference index entries one subtask loads and reports them when its reference input
 * is complete. Completion is the final watermark, the very signal ReferenceGate opens on: the report
 * is taken before that watermark travels on, so no award can be classified earlier than it.
 * An operator rather than a function because functions cannot see watermarks.
 */
public class ReferenceTally extends AbstractStreamOperator<QualityEvent>
        implements OneInputStreamOperator<IndexEntry, QualityEvent> {
    private transient ListState<Long> checkpointed;
    private transient long entries;

    @Override
    public void initializeState(StateInitializationContext context) throws Exception {
        super.initializeState(context);
        checkpointed = context.getOperatorStateStore()
                .getListState(new ListStateDescriptor<>("reference-entries", Long.class));
        for (Long count : checkpointed.get()) {
            entries += count;
        }
    }

    @Override
    public void snapshotState(StateSnapshotContext context) throws Exception {
        super.snapshotState(context);
        checkpointed.update(List.of(entries));
    }

    @Override
    public void processElement(StreamRecord<IndexEntry> element) {
        entries++;
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        if (mark.getTimestamp() == Long.MAX_VALUE) {
            int subtasks = getRuntimeContext().getTaskInfo().getNumberOfParallelSubtasks();
            output.collect(new StreamRecord<>(QualityEvent.reference(entries, subtasks, System.currentTimeMillis())));
        }
        super.processWatermark(mark);
    }
}

package dev.sbirenrich.pipeline;

import dev.sbirenrich.io.RecipientColumns;
import dev.sbirenrich.reference.ReferenceInput;
import dev.sbirenrich.reference.ReferenceStore;
import dev.sbirenrich.reference.SnapshotDescriptor;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds (or finds in the store) the snapshot of each new recipients dump and emits its
 * descriptor for the enrichment to switch to. One subtask: the build itself uses every core of
 * its TaskManager, beside the enrichment, which keeps matching against the current snapshot
 * meanwhile. A build that a failure interrupts starts again after the restore (the dump's path is
 * replayed from the last checkpoint); a half-built snapshot is never published.
 */
public class SnapshotRefresh extends ProcessFunction<String, SnapshotDescriptor> {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotRefresh.class);

    private final String store;
    private final RecipientColumns columns;

    SnapshotRefresh(String store, RecipientColumns columns) {
        this.store = store;
        this.columns = columns;
    }

    static DataStream<SnapshotDescriptor> attach(StreamExecutionEnvironment env, ReferenceUpdates updates) {
        return env.fromSource(updates.dumps(), WatermarkStrategy.noWatermarks(), "ReferenceUpdates")
                .uid(OperatorIds.REFERENCE_UPDATES_SOURCE).setParallelism(1)
                .process(new SnapshotRefresh(updates.store(), updates.columns()))
                .uid(OperatorIds.SNAPSHOT_REFRESH).name("SnapshotRefresh").setParallelism(1);
    }

    @Override
    public void processElement(String dump, Context ctx, Collector<SnapshotDescriptor> out) throws Exception {
        LOG.info("building the reference snapshot of {}", dump);
        var ensured = new ReferenceStore(Path.of(store)).ensure(
                new ReferenceInput(List.of(FileSources.localPath(dump)), columns), Runtime.getRuntime().availableProcessors(),
                rows -> {});
        LOG.info("reference snapshot {} of {} ready: {} rows ({})", ensured.descriptor().id, dump,
                ensured.descriptor().rows, ensured.reused() ? "reused" : "built in " + ensured.manifest().buildMillis
                        + " ms");
        out.collect(ensured.descriptor());
    }
}

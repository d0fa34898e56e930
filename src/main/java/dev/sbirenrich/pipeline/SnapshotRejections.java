package dev.sbirenrich.pipeline;

import dev.sbirenrich.model.Rejection;
import dev.sbirenrich.reference.ReferenceSnapshot;
import dev.sbirenrich.reference.SnapshotDescriptor;
import java.nio.file.Path;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * The recipients rows a snapshot's build could not read, sent to the rejected output of the run
 * that uses the snapshot, so they are reported whether the snapshot was built now or reused.
 */
public class SnapshotRejections implements FlatMapFunction<SnapshotDescriptor, Rejection> {
    @Override
    public void flatMap(SnapshotDescriptor snapshot, Collector<Rejection> out) throws Exception {
        for (Rejection rejection : ReferenceSnapshot.rejections(Path.of(snapshot.location))) {
            out.collect(rejection);
        }
    }
}

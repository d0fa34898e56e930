package dev.sbirenrich.pipeline;

import dev.sbirenrich.io.JsonLines;
import dev.sbirenrich.quality.AlertJson;
import dev.sbirenrich.run.OutputLayout;
import org.apache.flink.api.common.serialization.Encoder;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;

/**
 * Exactly-once JSON Lines file sinks: part files roll on every checkpoint and only become visible
 * (lose their hidden in-progress name) when the checkpoint that covers them completes.
 */
public final class FileSinks {
    private FileSinks() {}

    public static PipelineSinks under(Path outputDir) {
        return new PipelineSinks(
                jsonLines(new Path(outputDir, OutputLayout.ENRICHED_DIR), JsonLines::writeEnriched),
                jsonLines(new Path(outputDir, OutputLayout.REJECTED_DIR), JsonLines::writeRejection),
                jsonLines(new Path(outputDir, OutputLayout.ALERTS_DIR), AlertJson::writeLine));
    }

    private static <T> FileSink<T> jsonLines(Path dir, Encoder<T> encoder) {
        return FileSink.forRowFormat(dir, encoder)
                .withBucketAssigner(new BasePathBucketAssigner<>())
                .withRollingPolicy(OnCheckpointRollingPolicy.build())
                .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix("part").withPartSuffix(".jsonl").build())
                .build();
    }
}

package dev.sbirenrich.pipeline;

import dev.sbirenrich.io.DecisionProblem;
import dev.sbirenrich.io.Decisions;
import dev.sbirenrich.io.DecisionsReader;
import dev.sbirenrich.io.InputFormatException;
import dev.sbirenrich.model.Decision;
import dev.sbirenrich.model.Rejection;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each new decisions file of a watching job and broadcasts its decisions; rows that cannot
 * be applied, and a file whose header is wrong, go to the rejected output. One subtask.
 */
public class DecisionsRead extends ProcessFunction<String, BroadcastUpdate> {
    private static final Logger LOG = LoggerFactory.getLogger(DecisionsRead.class);

    /** Normalized absolute paths, as strings: the function is serialized with the job. */
    private final Set<String> alreadyRead;

    DecisionsRead(List<String> alreadyRead) {
        this.alreadyRead = alreadyRead.stream().map(l -> FileSources.localPath(l).toString())
                .collect(Collectors.toSet());
    }

    static SingleOutputStreamOperator<BroadcastUpdate> attach(StreamExecutionEnvironment env, ReviewDecisions decisions) {
        return env.fromSource(decisions.updates(), WatermarkStrategy.noWatermarks(), "DecisionsUpdates")
                .uid(OperatorIds.DECISIONS_UPDATES_SOURCE).setParallelism(1)
                .process(new DecisionsRead(decisions.alreadyRead()))
                .uid(OperatorIds.DECISIONS_READ).name("DecisionsRead").setParallelism(1);
    }

    @Override
    public void processElement(String location, Context ctx, Collector<BroadcastUpdate> out) throws Exception {
        Path file = FileSources.localPath(location);
        if (alreadyRead.contains(file.toString())) {
            return;
        }
        Decisions read;
        try {
            read = DecisionsReader.read(file);
        } catch (InputFormatException e) {
            ctx.output(OutputTags.REJECTED, new Rejection(DecisionsReader.INPUT, file.toString(), 0,
                    DecisionProblem.BAD_HEADER, e.getMessage(), ""));
            return;
        }
        for (Rejection problem : ReviewDecisions.rejections(read.problems())) {
            ctx.output(OutputTags.REJECTED, problem);
        }
        LOG.info("{} decisions read from {} ({} rows not applied)", read.valid().size(), file, read.problems().size());
        out.collect(BroadcastUpdate.of(read.valid().toArray(new Decision[0])));
    }
}

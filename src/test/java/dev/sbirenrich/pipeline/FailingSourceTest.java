package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.datagen.DataGenerator;
import dev.sbirenrich.datagen.GeneratedData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.executiongraph.AccessExecutionVertex;
import org.apache.flink.runtime.scheduler.ExecutionGraphInfo;
import org.apache.flink.runtime.scheduler.exceptionhistory.RootExceptionHistoryEntry;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The awards file source, failing: the job fails once, in the first attempt of the reader that
 * reads the file, and finishes after one restart although it could restart more often.
 */
@ExtendWith(SharedMiniCluster.class)
class FailingSourceTest {
    @TempDir
    static Path data;

    @BeforeAll
    static void generate() throws IOException {
        GeneratedData.into(data, 100, 1_000);
    }

    @Test
    void theJobFailsOnceAfterTheRecordsAndFinishes() throws Exception {
        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ZERO);
        var env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        var failing = new FailingSource<>(
                FileSources.awards(List.of(data.resolve(DataGenerator.AWARDS_FILE).toString()), Duration.ZERO), 100);
        // Rebalanced, as the pipeline's awards are: one pipelined region, which a failure restarts whole.
        env.fromSource(failing, WatermarkStrategy.noWatermarks(), "failing awards").rebalance()
                .sinkTo(new DiscardingSink<>());

        JobID job = env.execute("failing").getJobID();

        ExecutionGraphInfo info = SharedMiniCluster.miniCluster().getExecutionGraphInfo(job).get();
        List<String> failures = new ArrayList<>();
        for (RootExceptionHistoryEntry failure : info.getExceptionHistory()) {
            failures.add(failure.getExceptionAsString());
        }
        assertThat(failures).singleElement().asString().contains("injected failure after 100 records");
        for (AccessExecutionVertex subtask : info.getArchivedExecutionGraph().getAllExecutionVertices()) {
            assertThat(subtask.getCurrentExecutionAttempt().getAttemptNumber()).as("attempt that finished").isEqualTo(1);
        }
    }
}

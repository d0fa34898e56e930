package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.config.TestSettings;
import dev.sbirenrich.io.RecipientColumns;
import dev.sbirenrich.model.Decision;
import dev.sbirenrich.model.Rejection;
import dev.sbirenrich.reference.SnapshotDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;

/** Every operator of the production topology, refresh and webhook included, has its uid from {@link OperatorIds}. */
class OperatorIdsTest {
    @Test
    void everyOperatorHasAUidOfTheSavepointContractAndEachUidIsUsed() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        Duration watch = Duration.ofSeconds(30);
        EnrichmentPipeline.build(env,
                new PipelineSources(FileSources.awards(List.of("/tmp/awards"), watch),
                        new SnapshotDescriptor("id", "/tmp/store/id", 1, 0),
                        FileSources.referenceUpdates("/tmp/updates", watch, "/tmp/store", RecipientColumns.USASPENDING_2025_10),
                        new ReviewDecisions(new Decision[0], new Rejection[] {new Rejection()},
                                FileSources.newFiles("/tmp/decisions", watch), List.of())),
                FileSinks.under(new Path("/tmp/output")),
                TestSettings.with(Map.of("quality.webhookUrl", "http://127.0.0.1:1/alerts")));

        List<String> uids = env.getStreamGraph().getStreamNodes().stream()
                .map(StreamNode::getTransformationUID).toList();
        assertThat(uids).doesNotContainNull().doesNotHaveDuplicates();
        // A file sink is two operators: Flink names its committer's uid after the writer's.
        assertThat(uids.stream().map(uid -> uid.replaceFirst("^Sink Committer: ", "")).distinct())
                .containsExactlyInAnyOrderElementsOf(contract());
    }

    private static List<String> contract() throws IllegalAccessException {
        List<String> ids = new ArrayList<>();
        for (Field field : OperatorIds.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                ids.add((String) Objects.requireNonNull(field.get(null)));
            }
        }
        return ids;
    }
}

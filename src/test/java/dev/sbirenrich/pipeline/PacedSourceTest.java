package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.datagen.DataGenerator;
import dev.sbirenrich.datagen.GeneratedData;
import dev.sbirenrich.model.Award;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The awards file source, paced: every award, no faster than the pace. */
@ExtendWith(SharedMiniCluster.class)
class PacedSourceTest {
    private static final int AWARDS = 600;
    private static final int PER_SECOND = 300;

    @TempDir
    static Path data;

    @BeforeAll
    static void generate() throws IOException {
        GeneratedData.into(data, 100, AWARDS);
    }

    @Test
    void aReaderEmitsEveryAwardAtItsPace() throws Exception {
        var env = StreamExecutionEnvironment.getExecutionEnvironment();
        var paced = new PacedSource<>(
                FileSources.awards(List.of(data.resolve(DataGenerator.AWARDS_FILE).toString()), Duration.ZERO),
                PER_SECOND);
        Set<Long> records = new HashSet<>();
        long start = System.nanoTime();
        try (CloseableIterator<Award> awards =
                env.fromSource(paced, WatermarkStrategy.noWatermarks(), "paced awards").executeAndCollect()) {
            awards.forEachRemaining(award -> records.add(award.recordNumber));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(records).hasSize(AWARDS);
        assertThat(millis).as("%d awards at %d a second", AWARDS, PER_SECOND)
                .isGreaterThanOrEqualTo((AWARDS - 1) * 1000L / PER_SECOND);
    }
}

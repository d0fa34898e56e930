package dev.sbirenrich.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkRunnerTest {
    @TempDir
    Path dir;

    @Test
    void eachFlinkContenderRunsTheSameCommandInItsOwnMode() throws IOException {
        BenchmarkOptions options = new BenchmarkOptions();
        options.home = Path.of("/opt/sbir-enrich");
        BenchmarkRunner runner = new BenchmarkRunner(options, new PrintStream(OutputStream.nullOutputStream()));
        List<String> keyed = runner.command(Contender.FLINK_KEYED, dir, dir, 8099);
        List<String> batch = runner.command(Contender.FLINK_BATCH, dir, dir, 8099);
        List<String> broadcast = runner.command(Contender.FLINK_BROADCAST, dir, dir, 8099);

        assertThat(keyed).startsWith("/opt/sbir-enrich/bin/sbir-enrich", "run").doesNotContain("--runtime-mode");
        assertThat(batch).containsSequence("--runtime-mode", "batch").containsAll(keyed);
        assertThat(broadcast).containsSequence("--state-layout", "broadcast").doesNotContain("--runtime-mode");
    }
}

package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sbirenrich.model.AwardColumns;
import dev.sbirenrich.run.CommittedFiles;
import dev.sbirenrich.run.OutputLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;

/** Driving a watching job from its directories: files dropped in at once, committed output read back. */
final class WatchedDirectories {
    static final Duration WAIT = Duration.ofSeconds(90);

    private WatchedDirectories() {}

    /** A new file appears at once (hidden while copied: file sources skip hidden files). */
    static void drop(Path source, Path target) throws IOException {
        Path hidden = target.resolveSibling("." + target.getFileName());
        Files.copy(source, hidden, StandardCopyOption.REPLACE_EXISTING);
        Files.move(hidden, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** An awards CSV of {@code count} awards of {@code company} with {@code uei}, written to {@code file}. */
    static Path awardsFile(Path file, int count, String company, String uei) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", AwardColumns.NAMES.stream().map(n -> "\"" + n + "\"").toList()));
        for (int i = 0; i < count; i++) {
            String[] row = Collections.nCopies(AwardColumns.NAMES.size(), "").toArray(String[]::new);
            row[AwardColumns.COMPANY] = company;
            row[AwardColumns.UEI] = uei;
            lines.add(String.join(",", row));
        }
        Files.write(file, lines);
        return file;
    }

    /** The committed enriched awards' match objects by "file#record" (file name only); a duplicate fails here. */
    static Map<String, JsonNode> enriched(Path output) throws IOException {
        Map<String, JsonNode> awards = new HashMap<>();
        for (Path part : CommittedFiles.under(output.resolve(OutputLayout.ENRICHED_DIR))) {
            for (String line : Files.readAllLines(part)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = PipelineRun.JSON.readTree(line);
                String file = Path.of(node.path("source").path("file").asText()).getFileName().toString();
                String id = file + "#" + node.path("source").path("record").asLong();
                JsonNode previous = awards.put(id, node.path("match"));
                assertThat(previous).as("award " + id + " enriched twice").isNull();
            }
        }
        return awards;
    }

    /** Cancels the watching job and waits until it is gone, before its directories are. */
    static void cancel(JobClient job) throws Exception {
        if (!job.getJobStatus().get().isGloballyTerminalState()) {
            job.cancel().get(30, TimeUnit.SECONDS);
        }
        await("the job cancelled", () -> job.getJobStatus().get().isGloballyTerminalState());
    }

    static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("waited %d s for %s", WAIT.toSeconds(), what).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}

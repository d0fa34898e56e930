package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sbirenrich.model.AwardColumns;
import dev.sbirenrich.reference.ReferenceInput;
import dev.sbirenrich.reference.ReferenceStore;
import dev.sbirenrich.reference.SnapshotDescriptor;
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
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watching job refreshes its reference without a restart: a recipients dump dropped into the
 * updates directory is built into a snapshot, which replaces the running one at a checkpoint.
 * Awards dropped before are matched against the old snapshot, awards dropped once the new one is
 * in use against the new one, each exactly once, and every award names a snapshot the job had.
 */
@ExtendWith(SharedMiniCluster.class)
class ReferenceRefreshTest {
    private static final String ACME_UEI = "ACMEROBO0001";
    private static final int AWARDS_PER_FILE = 20;
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path temp;

    @Test
    void aNewDumpReplacesTheReferenceOfARunningJob() throws Exception {
        Path awards = Files.createDirectories(temp.resolve("awards"));
        Path updates = Files.createDirectories(temp.resolve("updates"));
        Path store = temp.resolve("store");
        Path output = temp.resolve("output");
        Path october = dump(temp.resolve("october/recipients-2025-10.csv"), "SAN JOSE,CA,95112");
        Path november = dump(temp.resolve("november/recipients-2025-11.csv"), "AUSTIN,TX,78701");
        SnapshotDescriptor submitted = new ReferenceStore(store).ensure(
                new ReferenceInput(List.of(october), null), 2, rows -> {}).descriptor();

        var settings = PipelineRun.settings(Map.of("pipeline.checkpointIntervalMs", 300));
        var env = StreamExecutionEnvironment.getExecutionEnvironment(
                JobConfiguration.forLocalRun(settings.pipeline, output.resolve("_checkpoints").toUri().toString()));
        Duration scan = Duration.ofMillis(200);
        EnrichmentPipeline.build(env, new PipelineSources(FileSources.awards(List.of(awards.toString()), scan),
                submitted, FileSources.referenceUpdates(updates.toString(), scan, store.toString(), null),
                ReviewDecisions.NONE),
                FileSinks.under(new org.apache.flink.core.fs.Path(output.toUri())), settings);
        JobClient job = env.executeAsync("reference-refresh-test");
        int files = 0;
        try {
            drop(awardsFile(++files), awards.resolve("awards-" + files + ".csv"));
            await("the first awards committed", () -> enriched(output).size() == AWARDS_PER_FILE);

            drop(november, updates.resolve(november.getFileName()));
            // Awards keep coming while the new snapshot is built and switched to.
            do {
                drop(awardsFile(++files), awards.resolve("awards-" + files + ".csv"));
                int expected = files * AWARDS_PER_FILE;
                await("awards file " + files + " committed", () -> enriched(output).size() == expected);
            } while (enriched(output).values().stream().noneMatch(a -> !a.reference.equals(submitted.id))
                    && files < 40);
            int lastBeforeTheSwitchWasSeen = files;
            drop(awardsFile(++files), awards.resolve("awards-" + files + ".csv"));
            int total = files * AWARDS_PER_FILE;
            await("all awards committed", () -> enriched(output).size() == total);
            cancel(job);

            var refreshed = new ReferenceStore(store).ensure(new ReferenceInput(List.of(november), null), 2, r -> {});
            assertThat(refreshed.reused()).as("the job built the new snapshot in the store").isTrue();
            String newId = refreshed.descriptor().id;
            Map<String, Matched> all = enriched(output);
            assertThat(all).as("every award once").hasSize(total);
            assertThat(all.values()).as("every award names a snapshot the job had, and matches as that snapshot says")
                    .allSatisfy(award -> {
                        assertThat(award.reference).isIn(submitted.id, newId);
                        assertThat(award.city).isEqualTo(award.reference.equals(newId) ? "AUSTIN" : "SAN JOSE");
                    });
            assertThat(all.values()).filteredOn(a -> a.file.equals("awards-1.csv"))
                    .as("awards before the refresh: the old snapshot").hasSize(AWARDS_PER_FILE)
                    .allSatisfy(a -> assertThat(a.reference).isEqualTo(submitted.id));
            assertThat(all.values()).filteredOn(a -> a.file.equals("awards-" + total / AWARDS_PER_FILE + ".csv"))
                    .as("awards after the switch was seen: the new snapshot").hasSize(AWARDS_PER_FILE)
                    .allSatisfy(a -> assertThat(a.reference).isEqualTo(newId));
            assertThat(lastBeforeTheSwitchWasSeen).as("the switch came within 40 award files").isLessThan(40);
        } finally {
            cancel(job);
        }
    }

    /** Cancels the watching job and waits until it is gone, before its directories are. */
    private static void cancel(JobClient job) throws Exception {
        if (!job.getJobStatus().get().isGloballyTerminalState()) {
            job.cancel().get(30, TimeUnit.SECONDS);
        }
        await("the job cancelled", () -> job.getJobStatus().get().isGloballyTerminalState());
    }

    /** Acme, by its UEI, at this month's address ("CITY,ST,ZIP"). */
    private static Path dump(Path file, String place) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "legal_business_name,uei,duns,city,state,zip5,update_date\n"
                + "ACME ROBOTICS LLC," + ACME_UEI + ",," + place + ",2025-10-01\n"
                + "ORION PHOTONICS INC,ORIONPHO0001,,TUCSON,AZ,85701,2025-10-01\n");
        return file;
    }

    private Path awardsFile(int number) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", AwardColumns.NAMES.stream().map(n -> "\"" + n + "\"").toList()));
        for (int i = 0; i < AWARDS_PER_FILE; i++) {
            String[] row = Collections.nCopies(AwardColumns.NAMES.size(), "").toArray(String[]::new);
            row[AwardColumns.COMPANY] = "Acme Robotics";
            row[AwardColumns.UEI] = ACME_UEI;
            lines.add(String.join(",", row));
        }
        Path file = temp.resolve("prepared-" + number + ".csv");
        Files.write(file, lines);
        return file;
    }

    /** A new file appears at once (hidden while copied: file sources skip hidden files). */
    private static void drop(Path source, Path target) throws IOException {
        Path hidden = target.resolveSibling("." + target.getFileName());
        Files.copy(source, hidden, StandardCopyOption.REPLACE_EXISTING);
        Files.move(hidden, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private record Matched(String file, String reference, String city) {}

    /** Committed enriched awards by "file#record"; a duplicate would fail here. */
    private static Map<String, Matched> enriched(Path output) throws IOException {
        Map<String, Matched> awards = new HashMap<>();
        for (Path part : CommittedFiles.under(output.resolve(OutputLayout.ENRICHED_DIR))) {
            for (String line : Files.readAllLines(part)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = PipelineRun.JSON.readTree(line);
                String file = Path.of(node.path("source").path("file").asText()).getFileName().toString();
                String id = file + "#" + node.path("source").path("record").asLong();
                JsonNode match = node.path("match");
                Matched previous = awards.put(id, new Matched(file, match.path("reference").asText(),
                        match.path("recipient").path("city").asText()));
                assertThat(previous).as("award " + id + " enriched twice").isNull();
            }
        }
        return awards;
    }

    private static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("waited %d s for %s", WAIT.toSeconds(), what).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}

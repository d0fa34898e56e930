package dev.sbirenrich.pipeline;

import static dev.sbirenrich.pipeline.WatchedDirectories.await;
import static dev.sbirenrich.pipeline.WatchedDirectories.cancel;
import static dev.sbirenrich.pipeline.WatchedDirectories.drop;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.reference.ReferenceInput;
import dev.sbirenrich.reference.ReferenceStore;
import dev.sbirenrich.reference.SnapshotDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Acme, by its UEI, at this month's address ("CITY,ST,ZIP"). */
    private static Path dump(Path file, String place) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "legal_business_name,uei,duns,city,state,zip5,update_date\n"
                + "ACME ROBOTICS LLC," + ACME_UEI + ",," + place + ",2025-10-01\n"
                + "ORION PHOTONICS INC,ORIONPHO0001,,TUCSON,AZ,85701,2025-10-01\n");
        return file;
    }

    private Path awardsFile(int number) throws IOException {
        return WatchedDirectories.awardsFile(temp.resolve("prepared-" + number + ".csv"), AWARDS_PER_FILE,
                "Acme Robotics", ACME_UEI);
    }

    private record Matched(String file, String reference, String city) {}

    /** Committed enriched awards by "file#record". */
    private static Map<String, Matched> enriched(Path output) throws IOException {
        Map<String, Matched> awards = new HashMap<>();
        WatchedDirectories.enriched(output).forEach((id, match) -> awards.put(id, new Matched(
                id.substring(0, id.indexOf('#')), match.path("reference").asText(),
                match.path("recipient").path("city").asText())));
        return awards;
    }
}

package dev.sbirenrich.pipeline;

import static dev.sbirenrich.pipeline.WatchedDirectories.await;
import static dev.sbirenrich.pipeline.WatchedDirectories.cancel;
import static dev.sbirenrich.pipeline.WatchedDirectories.drop;
import static dev.sbirenrich.pipeline.WatchedDirectories.enriched;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sbirenrich.io.DecisionsReader;
import dev.sbirenrich.reference.ReferenceInput;
import dev.sbirenrich.reference.ReferenceStore;
import dev.sbirenrich.reference.SnapshotDescriptor;
import dev.sbirenrich.run.CommittedFiles;
import dev.sbirenrich.run.OutputLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watching job takes new reviewers' decisions without a restart: the decisions it was submitted
 * with apply from the first award, a decisions file dropped into the directory later applies to
 * the awards that arrive after it, and each bad row of either file is in rejected/ once.
 */
@ExtendWith(SharedMiniCluster.class)
class DecisionsWatchTest {
    private static final String HEADER = "award_file,award_record,company,verdict,uei,duns,reviewer,decided_at\n";
    private static final int AWARDS_PER_FILE = 5;

    @TempDir
    Path temp;

    @Test
    void aDecisionsFileDroppedIntoTheDirectoryAppliesToTheAwardsAfterIt() throws Exception {
        Path awards = Files.createDirectories(temp.resolve("awards"));
        Path decisions = Files.createDirectories(temp.resolve("decisions"));
        Path output = temp.resolve("output");
        Path dump = temp.resolve("recipients.csv");
        Files.writeString(dump, "legal_business_name,uei,duns,city,state,zip5,update_date\n"
                + "ACME ROBOTICS LLC,ACMEROBO0001,,SAN JOSE,CA,95112,2025-10-01\n"
                + "ORION PHOTONICS INC,ORIONPHO0001,,TUCSON,AZ,85701,2025-10-01\n");
        SnapshotDescriptor reference = new ReferenceStore(temp.resolve("store"))
                .ensure(new ReferenceInput(List.of(dump), null), 2, rows -> {}).descriptor();
        Files.writeString(decisions.resolve("first.csv"), HEADER
                + "awards-1.csv,1,Acme Robotics,reject,,,ana,2026-12-01T10:00:00Z\n"
                + "awards-1.csv,2,Acme Robotics,maybe,,,ana,2026-12-01T10:00:00Z\n");
        // Record 2 of every later awards file: accepted as Orion by a reviewer, read while the job runs.
        StringBuilder later = new StringBuilder(HEADER);
        for (int file = 2; file <= 40; file++) {
            later.append("awards-").append(file)
                    .append(".csv,2,Acme Robotics,accept,ORIONPHO0001,,bo,2026-12-02T10:00:00Z\n");
        }
        later.append("awards-2.csv,3,Acme Robotics,accept,,,bo,2026-12-02T10:00:00Z\n");
        Path second = Files.writeString(temp.resolve("second.csv"), later);

        Duration scan = Duration.ofMillis(200);
        var settings = PipelineRun.settings(Map.of("pipeline.checkpointIntervalMs", 300));
        var env = StreamExecutionEnvironment.getExecutionEnvironment(
                JobConfiguration.forLocalRun(settings.pipeline, output.resolve("_checkpoints").toUri().toString()));
        ReviewDecisions review = ReviewDecisions.of(DecisionsReader.read(decisions),
                FileSources.newFiles(decisions.toString(), scan),
                DecisionsReader.files(decisions).stream().map(Path::toString).toList());
        EnrichmentPipeline.build(env, new PipelineSources(FileSources.awards(List.of(awards.toString()), scan),
                reference, null, review), FileSinks.under(new org.apache.flink.core.fs.Path(output.toUri())), settings);
        JobClient job = env.executeAsync("decisions-watch-test");
        int files = 0;
        try {
            files = dropAwards(awards, files);
            await("the first awards committed", () -> enriched(output).size() == AWARDS_PER_FILE);
            drop(second, decisions.resolve("second.csv"));
            do {
                files = dropAwards(awards, files);
                int expected = files * AWARDS_PER_FILE;
                await("awards file " + files + " committed", () -> enriched(output).size() == expected);
            } while (!method(output, "awards-" + files + ".csv#2").equals("manual-accept") && files < 40);
            cancel(job);

            Map<String, JsonNode> all = enriched(output);
            assertThat(method(all, "awards-1.csv#1")).as("submitted with the job").isEqualTo("manual-reject");
            assertThat(method(all, "awards-1.csv#3")).as("no decision").isEqualTo("uei-exact");
            JsonNode accepted = all.get("awards-" + files + ".csv#2");
            assertThat(accepted.path("recipient").path("uei").asText()).isEqualTo("ORIONPHO0001");
            assertThat(accepted.path("decision").path("reviewer").asText()).isEqualTo("bo");
            assertThat(files).as("the new decisions came within 40 award files").isLessThan(40);
            assertThat(rejectedDecisions(output)).as("each bad row once: the first file is not read again")
                    .containsExactlyInAnyOrder("bad-verdict", "missing-identifier");
        } finally {
            cancel(job);
        }
    }

    private int dropAwards(Path awards, int files) throws IOException {
        int number = files + 1;
        drop(WatchedDirectories.awardsFile(temp.resolve("prepared-" + number + ".csv"), AWARDS_PER_FILE,
                "Acme Robotics", "ACMEROBO0001"), awards.resolve("awards-" + number + ".csv"));
        return number;
    }

    private static String method(Path output, String award) throws IOException {
        return method(enriched(output), award);
    }

    private static String method(Map<String, JsonNode> enriched, String award) {
        return enriched.get(award).path("method").asText();
    }

    private static List<String> rejectedDecisions(Path output) throws IOException {
        List<String> reasons = new ArrayList<>();
        for (Path part : CommittedFiles.under(output.resolve(OutputLayout.REJECTED_DIR))) {
            for (String line : Files.readAllLines(part)) {
                JsonNode row = PipelineRun.JSON.readTree(line);
                if (row.path("input").asText().equals(DecisionsReader.INPUT)) {
                    reasons.add(row.path("reason").asText());
                }
            }
        }
        return reasons;
    }
}

package dev.sbirenrich.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sbirenrich.datagen.DataGenerator;
import dev.sbirenrich.datagen.GeneratedData;
import dev.sbirenrich.quality.RunGate;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local runs in their own JVM, as bin/sbir-enrich starts them: stopped by SIGTERM (what Ctrl-C and
 * `kill` send), and writing to a disk that is full or read-only. The disks are tmpfs mounts in a
 * private mount namespace ({@code unshare --mount --map-root-user}): they vanish with the process.
 */
class LocalRunStopIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    static Path data;

    @TempDir
    Path temp;

    @BeforeAll
    static void generate() throws IOException {
        GeneratedData.into(data, 2_000, 2_000);
    }

    /**
     * SIGTERM after the first checkpoint of a run whose awards are paced ({@link PacedRunCommand}, 10 s
     * for the 2,000 awards): the job is cancelled, nothing published, one line says how to resume, and
     * the run command resuming from there completes the run exactly once.
     */
    @Test
    void sigtermStopsCleanlyAndTheRunResumesFromItsCheckpoint() throws Exception {
        Path out = temp.resolve("out");
        Path config = Files.writeString(temp.resolve("settings.yaml"),
                "pipeline:\n  checkpointIntervalMs: 1000\nquality:\n  baselineDir: " + temp.resolve("baseline") + "\n");
        Path log = temp.resolve("run.log");
        Process run = new ProcessBuilder(pacedRunCommand("--awards-per-second", "200", "--awards", awards(),
                "--recipients", recipients(), "--output", out.toString(), "--web-ui-port", "0",
                "--config", config.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (completedCheckpoints(out).isEmpty() && System.nanoTime() < deadline && run.isAlive()) {
                Thread.sleep(200);
            }
            assertThat(completedCheckpoints(out)).as(Files.readString(log)).isNotEmpty();
            long signalled = System.nanoTime();
            run.destroy(); // SIGTERM
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).as("stopped by itself").isTrue();
            System.out.printf("SIGTERM: stopped in %d ms%n", (System.nanoTime() - signalled) / 1_000_000);
        } finally {
            run.destroyForcibly();
        }
        String console = Files.readString(log);
        assertThat(console.lines().filter(l -> l.startsWith("sbir-enrich:"))).as(console).hasSize(1);
        List<String> hint = console.lines().filter(l -> l.startsWith("sbir-enrich: stopped")).toList();
        assertThat(hint).as(console).singleElement().asString()
                .startsWith("sbir-enrich: stopped before the end of the input, nothing published; "
                        + "resume with the same options and --resume-from " + out.resolve("_checkpoints"));
        assertThat(RunGate.isPublished(out)).isFalse();
        assertThat(out.resolve("run-summary.json")).doesNotExist();

        String checkpoint = hint.get(0).substring(hint.get(0).indexOf("--resume-from ") + "--resume-from ".length());
        StringWriter err = new StringWriter();
        int exit = SbirEnrich.commandLine().setErr(new PrintWriter(err, true)).execute("run", "--awards", awards(),
                "--recipients", recipients(), "--output", out.toString(), "--web-ui-port", "0",
                "--config", config.toString(), "--resume-from", checkpoint,
                "--reference-store", data.resolve("reference-store").toString());
        JsonNode summary = JSON.readTree(out.resolve("run-summary.json").toFile());
        assertThat(summary.path("reconciled").asBoolean()).as(err.toString()).isTrue();
        assertThat(summary.path("duplicate_records").asLong()).isZero();
        assertThat(summary.path("awards_read").asLong()).isEqualTo(2_000);
        assertThat(exit).as(err.toString()).isZero();
        assertThat(RunGate.isPublished(out)).isTrue();
    }

    /**
     * A full disk during the run (a 256 KiB tmpfs): the job fails after its bounded restarts with
     * one line, nothing is published, and the same run with --overwrite succeeds once space is
     * freed. A read-only output directory is refused before the job starts.
     */
    @Test
    void aFullDiskFailsWithoutPublishingAndARerunSucceedsOnceSpaceIsFreed() throws Exception {
        Path disk = Files.createDirectories(temp.resolve("disk"));
        String run = String.join(" ", javaCommand("run", "--awards", awards(), "--recipients", recipients(),
                "--output", disk.resolve("out").toString(), "--web-ui-port", "0",
                "--config", Files.writeString(temp.resolve("q.yaml"), "quality:\n  baselineDir: "
                        + temp.resolve("baseline") + "\n").toString()).stream().map(a -> "'" + a + "'").toList());
        String script = String.join("\n",
                "mount -t tmpfs -o size=256k tmpfs " + disk,
                "start=$(date +%s%N)",
                run + "; echo \"FULL exit=$? ms=$(( ($(date +%s%N) - start) / 1000000 ))\"",
                "test -e " + disk.resolve("out/_SUCCESS") + " && echo FULL published",
                "mount -o remount,size=256m " + disk,
                run + " --overwrite; echo \"FREED exit=$?\"",
                "test -e " + disk.resolve("out/_SUCCESS") + " && echo FREED published",
                "grep -o '\"reconciled\" : [a-z]*' " + disk.resolve("out/run-summary.json"),
                "mount -o remount,ro " + disk,
                run.replace(disk.resolve("out").toString(), disk.resolve("out/more").toString()) + "; echo \"READONLY exit=$?\"");
        Path log = temp.resolve("disk.log");
        Process process = new ProcessBuilder("unshare", "--mount", "--map-root-user", "sh", "-c", script)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(600, TimeUnit.SECONDS)).as("finished").isTrue();
        String console = Files.readString(log);
        System.out.println(console.lines().filter(l -> l.matches("(FULL|FREED|READONLY|sbir-enrich:|\"reconciled).*"))
                .reduce("", (a, b) -> a + b + "\n"));

        // The last cause is the disk's ("IOException: No space left on device"); on a machine
        // loaded hard enough it was once a heartbeat timeout of the restarted attempt instead.
        assertThat(console).as(console).contains("FREED exit=0", "FREED published", "\"reconciled\" : true")
                .contains("sbir-enrich: the job failed again after " + dev.sbirenrich.pipeline.JobConfiguration.LOCAL_RESTART_ATTEMPTS
                        + " restarts and gave up; last cause: ")
                .contains("READONLY exit=2", "sbir-enrich: output directory is not writable: " + disk.resolve("out/more"))
                .doesNotContain("FULL published");
        assertThat(console).containsPattern("FULL exit=1 ");
        assertThat(console.lines().filter(l -> l.startsWith("sbir-enrich:"))).as("one line per run that fails").hasSize(2);
    }

    private static String awards() {
        return data.resolve(DataGenerator.AWARDS_FILE).toString();
    }

    private static String recipients() {
        return data.resolve(DataGenerator.RECIPIENTS_CSV).toString();
    }

    /** The command bin/sbir-enrich runs, on the build's classes and runtime classpath. */
    private static List<String> javaCommand(String... args) throws IOException {
        return java(PROJECT.resolve("target/classes").toString(), SbirEnrich.class, args);
    }

    /** {@link PacedRunCommand} as bin/sbir-enrich would run it, on the test classes too. */
    private static List<String> pacedRunCommand(String... args) throws IOException {
        return java(PROJECT.resolve("target/classes") + ":" + PROJECT.resolve("target/test-classes"),
                PacedRunCommand.class, args);
    }

    private static List<String> java(String classes, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Dlog4j.configurationFile=" + PROJECT.resolve("flink-conf/log4j-cli.properties"),
                "-cp", classes + ":" + Files.readString(PROJECT.resolve("target/classpath.txt")).strip(),
                main.getName()));
        command.addAll(List.of(args));
        // Snapshots in a store of the test class's own, never in ~/.cache.
        command.addAll(List.of("--reference-store", data.resolve("reference-store").toString()));
        return command;
    }

    private static List<Path> completedCheckpoints(Path out) throws IOException {
        Path root = out.resolve("_checkpoints");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root, 3)) {
            return files.filter(p -> p.getFileName().toString().equals("_metadata")).toList();
        }
    }
}

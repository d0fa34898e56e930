package dev.sbirenrich.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.datagen.DataGenerator;
import dev.sbirenrich.reference.ReferenceInput;
import dev.sbirenrich.reference.ReferenceStore;
import dev.sbirenrich.run.RunSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkRunnerTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path dir;

    private BenchmarkOptions options() {
        BenchmarkOptions options = new BenchmarkOptions();
        options.home = Path.of("/opt/sbir-enrich");
        options.reportsDir = dir.resolve("reports");
        return options;
    }

    @Test
    void theDefaultContendersAreColdWarmThePeerAndTheJobsCodeWithoutFlink() {
        assertThat(new BenchmarkOptions().contenders)
                .containsExactly(Contender.FLINK_COLD, Contender.FLINK_WARM, Contender.DUCKDB, Contender.PLAIN_JAVA);
        assertThat(Contender.JUDGED).isEqualTo(Contender.FLINK_WARM);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Contender.parse("flink-keyed")))
                .hasMessageContaining("was removed").hasMessageContaining("flink-cold, flink-warm, duckdb, plain-java");
    }

    @Test
    void bothFlinkContendersRunTheSameJobEachOnItsReferenceStore() throws IOException {
        BenchmarkRunner runner = new BenchmarkRunner(options(), QUIET);
        List<String> cold = runner.command(Contender.FLINK_COLD, dir, dir, 8099, dir.resolve("cold-store"));
        List<String> warm = runner.command(Contender.FLINK_WARM, dir, dir, 8099, dir.resolve("warm-store"));
        List<String> peer = runner.command(Contender.DUCKDB, dir, dir, 8099, null);
        List<String> plain = runner.command(Contender.PLAIN_JAVA, dir, dir, 8099, dir.resolve("warm-store"));

        assertThat(cold).startsWith("/opt/sbir-enrich/bin/sbir-enrich", "run")
                .containsSequence("--reference-store", dir.resolve("cold-store").toString())
                .doesNotContain("--runtime-mode", "--state-layout");
        List<String> warmWithColdStore = new ArrayList<>(warm);
        warmWithColdStore.set(warm.indexOf("--reference-store") + 1, dir.resolve("cold-store").toString());
        assertThat(warmWithColdStore).isEqualTo(cold);
        assertThat(peer).contains("dev.sbirenrich.peer.DuckDbEnrichment").doesNotContain("--reference-store");
        assertThat(plain).contains("dev.sbirenrich.peer.PlainJavaEnrichment")
                .containsSequence("--reference-store", dir.resolve("warm-store").toString())
                .containsSequence("--threads", "2");
    }

    /** A launch the fake launcher saw: the command, and what its reference store held at that moment. */
    private record Launch(List<String> command, Path store, List<String> snapshotsAtLaunch, boolean emptyAtLaunch,
            boolean reused, String snapshot) {}

    @Test
    void coldRoundsStartOnEmptyStoresAndTheWarmStoreHoldsTheSnapshotBeforeItsFirstRound() throws Exception {
        // plain-java shares the warm store with flink-warm.
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve(DataGenerator.RECIPIENTS_CSV), """
                legal_business_name,uei,duns,parent_uei,parent_duns,parent_legal_business_name,address_line_1,address_line_2,city,state,zip5,zip4,country_code,congressional_district,update_date,business_types_codes
                ACME INNOVATIONS INC,ABC123DEF456,123456789,,,,123 INNOVATION DR,,ARLINGTON,VA,22201,,USA,,2024-05-01,"{2X,8W}"
                HEALTHAI PARTNERS LLC,,987654321,,,,9 HEALTH WAY,,BETHESDA,MD,20814,,USA,,2023-02-11,"{2X,8W}"
                """, StandardCharsets.UTF_8);
        ReferenceInput input = new ReferenceInput(List.of(data.resolve(DataGenerator.RECIPIENTS_CSV)), null);
        List<Launch> launches = new ArrayList<>();
        // Builds and runs do to the store what the real commands do: ensure the snapshot of the input.
        BenchmarkRunner.Launcher fake = (command, environment, log, whileRunning) -> {
            Path store = Path.of(command.get(command.indexOf("--reference-store") + 1));
            List<String> before = ReferenceStores.snapshots(store);
            boolean empty;
            try (Stream<Path> entries = Files.isDirectory(store) ? Files.list(store) : Stream.empty()) {
                empty = entries.findAny().isEmpty();
            }
            ReferenceStore.Ensured ensured = new ReferenceStore(store).ensure(input, 1, rows -> {});
            launches.add(new Launch(command, store, before, empty, ensured.reused(), ensured.descriptor().id));
            // The runs "fail" so the runner skips the output's evaluation: only the stores are under test.
            return new MeasuredProcess.Outcome(command.contains("build") ? 0 : 1, 0.1, null, 0L, null);
        };
        BenchmarkOptions options = options();
        options.contenders = List.of(Contender.FLINK_COLD, Contender.FLINK_WARM, Contender.PLAIN_JAVA);
        options.runs = 2;
        BenchmarkResult result = new BenchmarkResult();

        new BenchmarkRunner(options, QUIET, fake).rounds(result, data);

        assertThat(launches).extracting(l -> l.command().get(1))
                .containsExactly("reference", "run", "run", "-Xmx1g", "run", "run", "-Xmx1g");
        Launch build = launches.get(0);
        assertThat(build.command()).containsSequence("reference", "build", "--recipients");
        assertThat(build.reused()).isFalse();
        String snapshot = build.snapshot();

        List<Launch> cold = launches.stream().filter(l -> l.command().get(1).equals("run")
                && l.command().get(l.command().indexOf("--output") + 1).contains("flink-cold-")).toList();
        List<Launch> warm = launches.stream().filter(l -> l.command().get(1).equals("run")
                && l.command().get(l.command().indexOf("--output") + 1).contains("flink-warm-")).toList();
        assertThat(cold).hasSize(2).allSatisfy(l -> {
            assertThat(l.emptyAtLaunch()).isTrue();
            assertThat(l.reused()).isFalse();
            assertThat(l.snapshot()).isEqualTo(snapshot);
        });
        assertThat(cold.get(0).store()).isNotEqualTo(cold.get(1).store());
        List<Launch> plain = launches.stream()
                .filter(l -> l.command().contains("dev.sbirenrich.peer.PlainJavaEnrichment")).toList();
        assertThat(warm).hasSize(2);
        assertThat(plain).hasSize(2);
        assertThat(Stream.concat(warm.stream(), plain.stream())).allSatisfy(l -> {
            assertThat(l.store()).isEqualTo(build.store());
            assertThat(l.snapshotsAtLaunch()).containsExactly(snapshot);
            assertThat(l.reused()).isTrue();
        });
        // Cold stores go with their round; the warm one stays; each run records its store.
        assertThat(cold).allSatisfy(l -> assertThat(l.store()).doesNotExist());
        assertThat(ReferenceStores.snapshots(build.store())).containsExactly(snapshot);
        assertThat(result.contenders.get(Contender.FLINK_COLD.label).runs).extracting(r -> r.referenceStore)
                .containsExactly(cold.get(0).store().toString(), cold.get(1).store().toString());
    }

    @Test
    void aWarmStoreThatCannotBeBuiltStopsTheBenchmarkBeforeAnyRound() {
        BenchmarkOptions options = options();
        options.contenders = List.of(Contender.FLINK_WARM);
        List<List<String>> launched = new ArrayList<>();
        BenchmarkRunner.Launcher failing = (command, environment, log, whileRunning) -> {
            launched.add(command);
            return new MeasuredProcess.Outcome(1, 0.1, null, 0L, null);
        };
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> new BenchmarkRunner(options, QUIET, failing).rounds(new BenchmarkResult(), dir)))
                .isInstanceOf(IOException.class).hasMessageContaining("could not build the flink-warm reference store");
        assertThat(launched).hasSize(1);
    }

    @Test
    void aRunThatMeasuredTheOtherContenderIsDiscarded() {
        RunSummary built = new RunSummary();
        built.referenceSnapshot = "abc";
        built.referenceReused = false;
        built.referenceLoadMs = 900L;
        RunSummary found = new RunSummary();
        found.referenceSnapshot = "abc";
        found.referenceReused = true;
        found.referenceLoadMs = 20L;

        assertThat(ReferenceStores.discardReason(Contender.FLINK_COLD, built)).isNull();
        assertThat(ReferenceStores.discardReason(Contender.FLINK_WARM, found)).isNull();
        assertThat(ReferenceStores.discardReason(Contender.FLINK_COLD, found)).contains("already held snapshot abc");
        assertThat(ReferenceStores.discardReason(Contender.FLINK_WARM, built)).contains("it was built");
        assertThat(ReferenceStores.discardReason(Contender.FLINK_WARM, new RunSummary())).contains("reference_reused");
        assertThat(ReferenceStores.discardReason(Contender.DUCKDB, new RunSummary())).isNull();
    }
}

package dev.sbirenrich.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.io.RecipientColumns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceStoreTest {
    private static final List<String> ROWS = List.of(
            Dumps.row("ACME ROBOTICS LLC", "ACMEROBO0001", "123456789", "SAN JOSE", "CA", "95112", "2024-01-01"),
            Dumps.row("ORION PHOTONICS INC", "ORIONPHO0001", "", "TUCSON", "AZ", "85701", "2023-05-01"));

    @TempDir
    Path temp;

    @Test
    void theSameInputIsBuiltOnceAndThenReusedAsIs() throws IOException {
        Path dump = Dumps.csv(temp.resolve("in/recipients.csv"), ROWS);
        ReferenceStore store = new ReferenceStore(temp.resolve("store"));
        AtomicInteger progress = new AtomicInteger();

        var built = store.ensure(Dumps.input(dump), 2, rows -> progress.incrementAndGet());
        int progressOfTheBuild = progress.get();
        Map<String, FileTime> files = modificationTimes(Path.of(built.descriptor().location));
        var again = store.ensure(Dumps.input(dump), 2, rows -> progress.incrementAndGet());

        assertThat(built.reused()).isFalse();
        assertThat(progressOfTheBuild).as("the build reported its rows").isPositive();
        assertThat(again.reused()).isTrue();
        assertThat(progress.get()).as("nothing was read again").isEqualTo(progressOfTheBuild);
        assertThat(again.descriptor()).isEqualTo(built.descriptor());
        assertThat(again.manifest().createdAt).isEqualTo(built.manifest().createdAt);
        assertThat(modificationTimes(Path.of(again.descriptor().location))).isEqualTo(files);
        assertThat(built.descriptor().id).isEqualTo(SnapshotId.of(Dumps.input(dump)));
        assertThat(Path.of(built.descriptor().location)).isEqualTo(store.root().resolve(built.descriptor().id));
        assertThat(built.descriptor().rows).isEqualTo(2);
        assertThat(store.list()).singleElement().satisfies(m -> assertThat(m.id).isEqualTo(built.descriptor().id));
    }

    @Test
    void theIdIsTheContentsNotTheLocationOrTheTime() throws IOException {
        Path here = Dumps.csv(temp.resolve("a/recipients.csv"), ROWS);
        Path there = Dumps.csv(temp.resolve("b/recipients.csv"), ROWS);
        Files.setLastModifiedTime(there, FileTime.fromMillis(0));

        var first = new ReferenceStore(temp.resolve("store-1")).ensure(Dumps.input(here), 1, rows -> {});
        var second = new ReferenceStore(temp.resolve("store-2")).ensure(Dumps.input(there), 2, rows -> {});

        assertThat(second.reused()).isFalse();
        assertThat(second.descriptor().id).isEqualTo(first.descriptor().id);
        assertThat(second.descriptor().checksum).as("same files, whatever the thread count").isEqualTo(first.descriptor().checksum);
    }

    @Test
    void otherBytesNameFormatOrColumnsGiveAnotherId() throws IOException {
        Path dump = Dumps.csv(temp.resolve("recipients.csv"), ROWS);
        String id = SnapshotId.of(Dumps.input(dump));

        Path oneByteOff = Dumps.csv(temp.resolve("changed/recipients.csv"),
                List.of(ROWS.get(0).replace("ACME", "ACNE"), ROWS.get(1)));
        Path renamed = Files.copy(dump, temp.resolve("recipients-2025-11.csv"));
        Path copyFile = Files.copy(dump, temp.resolve("second.csv"));
        RecipientColumns order = RecipientColumns.parse("legal_business_name,uei,duns,city,state,zip5,update_date");
        RecipientColumns otherOrder = RecipientColumns.parse("uei,legal_business_name,duns,city,state,zip5,update_date");

        assertThat(SnapshotId.of(Dumps.input(oneByteOff))).as("one byte").isNotEqualTo(id);
        assertThat(SnapshotId.of(Dumps.input(renamed))).as("file name: rows carry it").isNotEqualTo(id);
        assertThat(SnapshotId.of(new ReferenceInput(List.of(dump), order))).as("read as pg-copy").isNotEqualTo(id);
        assertThat(SnapshotId.of(new ReferenceInput(List.of(dump), otherOrder))).as("other columns")
                .isNotEqualTo(SnapshotId.of(new ReferenceInput(List.of(dump), order)));
        assertThat(SnapshotId.of(Dumps.input(dump, copyFile))).as("one more file").isNotEqualTo(id);
        assertThat(SnapshotId.of(Dumps.input(dump))).as("and otherwise stable").isEqualTo(id);
    }

    @Test
    void twoBuildsOfTheSameInputAtOnceBothGetTheOnePublishedSnapshot() throws Exception {
        // Big enough that both builds are under way before either publishes.
        Path dump = Dumps.filler(temp.resolve("recipients.csv"), 60_000);
        ReferenceStore store = new ReferenceStore(temp.resolve("store"));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<ReferenceStore.Ensured> ensured = new ArrayList<>();
        try {
            List<Future<ReferenceStore.Ensured>> builds = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                builds.add(threads.submit(() -> {
                    start.await();
                    return store.ensure(Dumps.input(dump), 1, rows -> {});
                }));
            }
            for (Future<ReferenceStore.Ensured> build : builds) {
                ensured.add(build.get(2, TimeUnit.MINUTES));
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(ensured.get(1).descriptor()).isEqualTo(ensured.get(0).descriptor());
        assertThat(ensured).filteredOn(e -> !e.reused()).as("published by exactly one of them").hasSize(1);
        SnapshotDescriptor descriptor = ensured.get(0).descriptor();
        ReferenceSnapshot snapshot = ReferenceSnapshot.open(Path.of(descriptor.location), descriptor.checksum, true);
        assertThat(snapshot.rows()).isEqualTo(60_000);
        try (Stream<Path> entries = Files.list(store.root())) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .as("one snapshot, no build directory left behind").containsExactly(descriptor.id);
        }
    }

    @Test
    void listShowsTheSnapshotsNewestFirstWithRowsAndSize() throws Exception {
        ReferenceStore store = new ReferenceStore(temp.resolve("store"));
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            List<String> content = new ArrayList<>(ROWS.subList(0, i == 2 ? 1 : 2));
            content.add(Dumps.row("COMPANY NUMBER " + i, "", "VA"));
            Path dump = Dumps.csv(temp.resolve("dump-" + i + "/recipients.csv"), content);
            ids.add(store.ensure(Dumps.input(dump), 1, rows -> {}).descriptor().id);
            Thread.sleep(5);
        }
        Files.createDirectories(store.root().resolve(".building-" + ids.get(0) + "-123"));

        List<SnapshotManifest> listed = store.list();

        assertThat(listed).extracting(m -> m.id).as("newest first, unfinished builds left out")
                .containsExactly(ids.get(2), ids.get(1), ids.get(0));
        assertThat(listed).extracting(m -> m.rows).containsExactly(3L, 2L, 3L);
        assertThat(listed.get(0).createdAt).isGreaterThan(listed.get(1).createdAt);
        for (SnapshotManifest manifest : listed) {
            assertThat(manifest.totalBytes()).as("bytes of " + manifest.id)
                    .isEqualTo(dataBytes(store.root().resolve(manifest.id))).isPositive();
        }
    }

    @Test
    void pruneKeepsTheNewestAndThePinned() throws Exception {
        ReferenceStore store = new ReferenceStore(temp.resolve("store"));
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            Path dump = Dumps.csv(temp.resolve("dump-" + i + "/recipients.csv"),
                    List.of(Dumps.row("COMPANY NUMBER " + i, "", "VA")));
            ids.add(store.ensure(Dumps.input(dump), 1, rows -> {}).descriptor().id);
            Thread.sleep(5);
        }

        List<String> deleted = store.prune(1, Set.of(ids.get(0)));

        assertThat(deleted).containsExactlyInAnyOrder(ids.get(1), ids.get(2));
        assertThat(store.list()).extracting(m -> m.id).containsExactly(ids.get(3), ids.get(0));
        assertThat(store.root().resolve(ids.get(1))).doesNotExist();
        assertThat(store.prune(2, Set.of())).as("nothing more to prune").isEmpty();
    }

    @Test
    void anEmptyOrMissingStoreListsNothing() throws IOException {
        assertThat(new ReferenceStore(temp.resolve("never-created")).list()).isEmpty();
        assertThat(new ReferenceStore(temp.resolve("never-created")).prune(0, Set.of())).isEmpty();
    }

    private static Map<String, FileTime> modificationTimes(Path dir) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                times.put(file.getFileName().toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    /** Every file of a snapshot but its manifest. */
    private static long dataBytes(Path dir) throws IOException {
        long bytes = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals(SnapshotFormat.MANIFEST)) {
                    bytes += Files.size(file);
                }
            }
        }
        return bytes;
    }
}

package dev.sbirenrich.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sbirenrich.model.Rejection;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot that cannot be used is refused with one line that names it and says how to rebuild
 * it, never read wrongly: a changed byte, a cut file, a lost manifest or directory.
 */
class ReferenceSnapshotTest {
    @TempDir
    Path temp;

    private SnapshotDescriptor descriptor;
    private Path dir;

    @BeforeEach
    void build() throws IOException {
        Path dump = Dumps.csv(temp.resolve("recipients.csv"), List.of(
                Dumps.row("ACME ROBOTICS LLC", "ACMEROBO0001", "123456789", "SAN JOSE", "CA", "95112", "2024-01-01"),
                Dumps.row("ORION PHOTONICS INC", "ORIONPHO0001", "", "TUCSON", "AZ", "85701", "2023-05-01"),
                "BROKEN ROW INC,only three,cells"));
        descriptor = new ReferenceStore(temp.resolve("store")).ensure(Dumps.input(dump), 1, rows -> {}).descriptor();
        dir = Path.of(descriptor.location);
    }

    @Test
    void anIntactSnapshotOpensAndReadsBackItsRows() {
        ReferenceSnapshot snapshot = ReferenceSnapshot.open(dir, descriptor.checksum, true);
        assertThat(snapshot.rows()).isEqualTo(2);
        assertThat(snapshot.manifest().id).isEqualTo(descriptor.id);
        assertThat(snapshot.recipient(1)).satisfies(r -> {
            assertThat(r.uei).isEqualTo("ORIONPHO0001");
            assertThat(r.legalBusinessName).isEqualTo("ORION PHOTONICS INC");
            assertThat(r.nameTokens).isEqualTo("ORION PHOTONICS");
            assertThat(r.city).isEqualTo("TUCSON");
            assertThat(r.zip5).isEqualTo("85701");
            assertThat(r.duns).isNull();
            assertThat(r.sourceFile).isEqualTo("recipients.csv");
            assertThat(r.recordNumber).isEqualTo(2);
        });
    }

    @Test
    void aRowsAddressLineAndStreetAreReadWithTheFieldsMatchingReads()
            throws IOException {
        Path dump = Dumps.csv(temp.resolve("streets/recipients.csv"), List.of(
                Dumps.atStreet("ACME ROBOTICS LLC", "ACMEROBO0001", "SAN JOSE", "CA", "95112", "265 INNOVATION PKWY"),
                Dumps.atStreet("ORION PHOTONICS INC", "ORIONPHO0001", "TUCSON", "AZ", "85701",
                        "12 Main Street Suite 4"),
                Dumps.atStreet("VEGA LABS INC", "VEGALABS0001", "TUCSON", "AZ", "85701", "PO Box 12")));
        SnapshotDescriptor built = new ReferenceStore(temp.resolve("streets/store"))
                .ensure(Dumps.input(dump), 1, rows -> {}).descriptor();
        ReferenceSnapshot snapshot = ReferenceSnapshot.open(Path.of(built.location), built.checksum, true);

        for (boolean full : new boolean[] {false, true}) {
            assertThat(snapshot.recipient(0, full)).satisfies(r -> {
                assertThat(r.addressLine1).isEqualTo("265 INNOVATION PKWY");
                assertThat(r.street).isEqualTo("265 INNOVATION PKWY");
            });
            assertThat(snapshot.recipient(1, full)).satisfies(r -> {
                assertThat(r.addressLine1).isEqualTo("12 Main Street Suite 4");
                assertThat(r.street).isEqualTo("12 MAIN ST");
            });
            assertThat(snapshot.recipient(2, full).street).isNull();
        }
        assertThat(snapshot.recipient(0, false).legalBusinessName).as("not read for matching").isNull();
    }

    @Test
    void theSectionsProbesReadAreReadIntoMemoryWhenTheyFitAndMappedWhenNot() {
        ReferenceSnapshot loaded = ReferenceSnapshot.open(dir, descriptor.checksum, true, Long.MAX_VALUE);
        ReferenceSnapshot mapped = ReferenceSnapshot.open(dir, descriptor.checksum, true, 0);
        long sections = SnapshotFormat.LOADABLE_FILES.stream().mapToLong(f -> dir.resolve(f).toFile().length()).sum();
        assertThat(loaded.loadedBytes()).isEqualTo(sections);
        assertThat(mapped.loadedBytes()).isZero();
        long key = KeyHash.of(dev.sbirenrich.matching.LookupKeys.uei("ORIONPHO0001"));
        assertThat(loaded.range(key)).isEqualTo(mapped.range(key));
        int entry = (int) (loaded.range(key) >>> 32);
        int slot = loaded.slotAt(entry);
        assertThat(slot).isEqualTo(mapped.slotAt(entry));
        assertThat(loaded.record(slot, 0)).isEqualTo(mapped.record(slot, 0)).isEqualTo(1);
        assertThat(loaded.token(slot, 0)).isEqualTo(mapped.token(slot, 0));
    }

    @Test
    void aFlippedByteInASectionReadIntoMemoryIsFound() throws IOException {
        flipLastByte(dir.resolve(SnapshotFormat.INDEX));
        assertRefused(() -> ReferenceSnapshot.open(dir, descriptor.checksum, true, Long.MAX_VALUE))
                .hasMessageContaining("index.bin does not match its checksum");
    }

    @Test
    void aRowThatCannotBeReadIsKeptAsARejectionNotARow() throws IOException {
        assertThat(descriptor.rows).isEqualTo(2);
        ReferenceSnapshot snapshot = ReferenceSnapshot.open(dir, descriptor.checksum, true);
        assertThat(snapshot.manifest().rejected).isEqualTo(1);
        List<Rejection> rejections = ReferenceSnapshot.rejections(dir);
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.input).isEqualTo("recipients");
            assertThat(r.sourceFile).endsWith("recipients.csv");
            assertThat(r.recordNumber).isEqualTo(3);
            assertThat(r.reason).isEqualTo("column-count");
            assertThat(r.rawText).isEqualTo("BROKEN ROW INC,only three,cells");
        });
    }

    @Test
    void aFlippedByteInADataFileIsFound() throws IOException {
        flipLastByte(dir.resolve(SnapshotFormat.ROWS));
        assertRefused(() -> ReferenceSnapshot.open(dir, descriptor.checksum, true))
                .hasMessageContaining("is corrupt (rows.bin does not match its checksum)");
    }

    @Test
    void aFlippedByteInTheRejectionsIsFoundToo() throws IOException {
        flipLastByte(dir.resolve(SnapshotFormat.REJECTED));
        assertRefused(() -> ReferenceSnapshot.open(dir, descriptor.checksum, true))
                .hasMessageContaining("rejected.jsonl does not match its checksum");
    }

    @Test
    void aTruncatedFileIsFoundEvenWithoutVerifyingChecksums() throws IOException {
        try (FileChannel index = FileChannel.open(dir.resolve(SnapshotFormat.INDEX), StandardOpenOption.WRITE)) {
            index.truncate(index.size() - 8);
        }
        assertRefused(() -> ReferenceSnapshot.open(dir, descriptor.checksum, false, 0))
                .hasMessageContaining("index.bin has");
        assertRefused(() -> ReferenceSnapshot.open(dir, descriptor.checksum, false, Long.MAX_VALUE))
                .hasMessageContaining("index.bin has");
    }

    @Test
    void aMissingDataFileIsFound() throws IOException {
        Files.delete(dir.resolve(SnapshotFormat.RECORDS));
        assertRefused(() -> ReferenceSnapshot.open(dir, descriptor.checksum, true)).hasMessageContaining("corrupt");
    }

    @Test
    void aMissingManifestMeansAMissingSnapshot() throws IOException {
        Files.delete(dir.resolve(SnapshotFormat.MANIFEST));
        assertRefused(() -> ReferenceSnapshot.open(dir, descriptor.checksum, true)).hasMessageContaining("is missing");
    }

    @Test
    void aMissingDirectoryIsNamedWithItsStore() throws IOException {
        ReferenceStore.deleteTree(dir);
        assertRefused(() -> OpenSnapshots.acquire(descriptor))
                .hasMessageContaining("is missing from " + dir.getParent());
    }

    @Test
    void anUnreadableManifestIsFound() throws IOException {
        Files.writeString(dir.resolve(SnapshotFormat.MANIFEST), "{\"id\": ");
        assertRefused(() -> ReferenceSnapshot.open(dir, descriptor.checksum, true))
                .hasMessageContaining("unreadable snapshot.json");
    }

    @Test
    void aSnapshotOtherThanTheDescribedOneIsRefused() {
        assertRefused(() -> ReferenceSnapshot.open(dir, descriptor.checksum ^ 1, false))
                .hasMessageContaining("is not the expected");
    }

    @Test
    void theJobOpensSnapshotsThroughOpenSnapshotsWhichVerifiesThem() throws IOException {
        flipLastByte(dir.resolve(SnapshotFormat.RECORDS));
        assertRefused(() -> OpenSnapshots.acquire(descriptor)).hasMessageContaining("records.bin");
    }

    @Test
    void openSnapshotsShareOneMappingPerProcessUntilTheLastUserLetsGo() {
        ReferenceSnapshot first = OpenSnapshots.acquire(descriptor);
        ReferenceSnapshot second = OpenSnapshots.acquire(descriptor);
        assertThat(second).isSameAs(first);
        OpenSnapshots.release(descriptor);
        assertThat(OpenSnapshots.acquire(descriptor)).as("still in use").isSameAs(first);
        OpenSnapshots.release(descriptor);
        OpenSnapshots.release(descriptor);
        assertThat(OpenSnapshots.acquire(descriptor)).as("opened again after the last release").isNotSameAs(first);
        OpenSnapshots.release(descriptor);
    }

    /** The refusal every unusable snapshot gets: a SnapshotException of one line naming it and the way out. */
    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable open) {
        return assertThatThrownBy(open)
                .isInstanceOf(SnapshotException.class)
                .hasMessageStartingWith("reference snapshot " + descriptor.id)
                .hasMessageContaining("rebuild")
                .hasMessageContaining("--reference-store")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private static void flipLastByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 0x01;
        Files.write(file, bytes);
    }
}

package dev.sbirenrich.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.matching.LookupKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's index over keys that many rows share: its buckets span several chunks off the heap. */
class SnapshotBuilderTest {
    @TempDir
    Path temp;

    @Test
    void aKeyThatThousandsOfRowsShareFindsEveryOneOfThem() throws IOException {
        int count = 2500;
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(Dumps.row("CITY OF LIBERTY", String.format("LIBERTY%05d", i), "", "LIBERTY", "MO",
                    String.format("%05d", 64000 + i % 1000), "2024-01-01"));
        }
        SnapshotDescriptor descriptor = new ReferenceStore(temp.resolve("store"))
                .ensure(Dumps.input(Dumps.csv(temp.resolve("recipients.csv"), rows)), 2, read -> {}).descriptor();
        ReferenceSnapshot snapshot = ReferenceSnapshot.open(Path.of(descriptor.location), descriptor.checksum, true);

        long range = snapshot.range(KeyHash.of(LookupKeys.name("CITY LIBERTY")));
        Set<Integer> found = new HashSet<>();
        for (int i = (int) (range >>> 32); i < (int) range; i++) {
            found.add(snapshot.record(snapshot.slotAt(i), 0));
        }

        assertThat(found).as("every row once, by its row id").hasSize(count).allMatch(row -> row >= 0 && row < count);
        long one = snapshot.range(KeyHash.of(LookupKeys.uei("LIBERTY01234")));
        assertThat(snapshot.record(snapshot.slotAt((int) (one >>> 32)), 0)).isEqualTo(1233);
        assertThat((int) one - (int) (one >>> 32)).isEqualTo(1);
    }
}

package dev.sbirenrich.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.model.Recipient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecipientOrderTest {

    private static Recipient row(String updateDate, String file, long record) {
        Recipient r = new Recipient();
        r.updateDate = updateDate;
        r.sourceFile = file;
        r.recordNumber = record;
        return r;
    }

    @Test
    void latestUpdateFirstThenSourceFileThenLowestRecord() {
        Recipient newest = row("2025-06-20", "b.csv", 9);
        Recipient olderA1 = row("2012-02-11", "a.csv", 1);
        Recipient olderA7 = row("2012-02-11", "a.csv", 7);
        Recipient olderB = row("2012-02-11", "b.csv", 1);
        Recipient undated = row(null, "a.csv", 0);
        List<Recipient> rows = new ArrayList<>(List.of(undated, olderB, olderA7, newest, olderA1));
        for (int i = 0; i < 5; i++) {
            Collections.rotate(rows, 1);
            assertThat(RecipientOrder.pick(rows)).isSameAs(newest);
            List<Recipient> sorted = new ArrayList<>(rows);
            sorted.sort(RecipientOrder.PREFERRED);
            assertThat(sorted).containsExactly(newest, olderA1, olderA7, olderB, undated);
        }
    }

    @Test
    void noRowsNoPick() {
        assertThat(RecipientOrder.pick(List.of())).isNull();
    }
}

package dev.sbirenrich.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.model.Recipient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidatePreselectorTest {
    private static final String[] AWARD = {"ACME", "ROBOTICS"};
    private static final Place AWARD_PLACE = new Place("CA", "SAN JOSE", "95112");

    @Test
    void keepsTheEntriesWhoseNamesShareMostWithTheAward() {
        List<PostingEntry> posting = List.of(entry(1, "ACME", null), entry(2, "ACME ROBOTICS", null),
                entry(3, "ACME BAKERY", null), entry(4, "ACME ROBOTICS INTERNATIONAL", null));

        var selection = select(posting, 10, 2);

        assertThat(selection.postingSize()).isEqualTo(4);
        assertThat(selection.tooCommon()).isFalse();
        assertThat(ids(selection)).containsExactlyInAnyOrder(2L, 4L);
    }

    @Test
    void amongEqualNamesTheOneAtTheAwardsPlaceSurvives() {
        List<PostingEntry> posting = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            posting.add(entry(i, "ACME ROBOTICS", new Place("TX", "AUSTIN", String.format("%05d", 70000 + i))));
        }
        posting.add(entry(900, "ACME ROBOTICS", new Place("CA", "SAN JOSE", null)));
        posting.add(entry(901, "ACME ROBOTICS", new Place("CA", "FRESNO", "95112")));
        posting.add(entry(902, "ACME ROBOTICS", new Place("CA", null, null)));

        var selection = select(posting, 1000, 2);

        assertThat(ids(selection)).containsExactlyInAnyOrder(901L, 900L);
    }

    @Test
    void aPostingLargerThanTheCapIsTooCommonAndKeepsNothing() {
        List<PostingEntry> posting = List.of(entry(1, "ACME", null), entry(2, "ACME", null), entry(3, "ACME", null));

        var selection = select(posting, 2, 8);

        assertThat(selection.tooCommon()).isTrue();
        assertThat(selection.postingSize()).isEqualTo(3);
        assertThat(selection.kept()).isEmpty();
    }

    @Test
    void entriesThatLoseOnNameAloneAreNeverPlacedOrMaterialised() {
        List<PostingEntry> posting = new ArrayList<>();
        posting.add(entry(1, "ACME ROBOTICS", AWARD_PLACE));
        posting.add(entry(2, "ACME ROBOTICS", null));
        List<String> touched = new ArrayList<>();
        for (int i = 3; i <= 50; i++) {
            posting.add(watched(entry(i, "ACME BAKERY", null), touched));
        }

        var selection = select(posting, 100, 2);

        assertThat(ids(selection)).containsExactlyInAnyOrder(1L, 2L);
        assertThat(selection.postingSize()).isEqualTo(50);
        assertThat(touched).isEmpty();
    }

    /** Records every read of {@code entry} beyond its name. */
    private static PostingEntry watched(PostingEntry entry, List<String> touched) {
        return new PostingEntry() {
            @Override
            public String nameTokens() {
                return entry.nameTokens();
            }

            @Override
            public Place place() {
                touched.add("place of " + entry.entryId());
                return entry.place();
            }

            @Override
            public String entryId() {
                touched.add("id of " + entry.entryId());
                return entry.entryId();
            }

            @Override
            public Recipient recipient() {
                touched.add("recipient of " + entry.entryId());
                return entry.recipient();
            }
        };
    }

    private static CandidatePreselector.Selection select(List<PostingEntry> posting, int cap, int keep) {
        return CandidatePreselector.select(AWARD, AWARD_PLACE, posting, cap, keep, 0.25);
    }

    private static List<Long> ids(CandidatePreselector.Selection selection) {
        return selection.kept().stream().map(r -> r.recordNumber).toList();
    }

    private static PostingEntry entry(long id, String nameTokens, Place place) {
        Recipient recipient = new Recipient();
        recipient.nameTokens = nameTokens;
        recipient.sourceFile = "r.csv";
        recipient.recordNumber = id;
        Place where = place == null ? new Place(null, null, null) : place;
        return new PostingEntry() {
            @Override
            public String nameTokens() {
                return nameTokens;
            }

            @Override
            public Place place() {
                return where;
            }

            @Override
            public String entryId() {
                return "r.csv#" + id;
            }

            @Override
            public Recipient recipient() {
                return recipient;
            }
        };
    }
}

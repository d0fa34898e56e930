package dev.sbirenrich.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.sbirenrich.model.Decision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionsReaderTest {
    private static final String HEADER = "award_file,award_record,company,verdict,uei,duns,reviewer,decided_at";

    @TempDir
    Path dir;

    private Path write(String name, String... rows) throws IOException {
        return Files.write(dir.resolve(name), List.of(rows));
    }

    @Test
    void readsAcceptsAndRejectsWithQuotedCompanies() throws IOException {
        Path file = write("d.csv", HEADER,
                "awards.csv,12,\"Acme, \"\"Labs\"\" Inc\",accept,ABC123DEF456,,ann,2026-01-31T09:30:00.123Z",
                "awards.csv,13,Bolt Co,reject,,,ann,2026-01-31T09:31:00Z");

        Decisions read = DecisionsReader.read(file);

        assertThat(read.problems()).isEmpty();
        assertThat(read.valid()).hasSize(2);
        Decision accept = read.valid().get(0);
        assertThat(accept.awardFile).isEqualTo("awards.csv");
        assertThat(accept.awardRecord).isEqualTo(12);
        assertThat(accept.company).isEqualTo("Acme, \"Labs\" Inc");
        assertThat(accept.verdict).isEqualTo(Decision.ACCEPT);
        assertThat(accept.uei).isEqualTo("ABC123DEF456");
        assertThat(accept.reviewer).isEqualTo("ann");
        assertThat(accept.decidedAt).isEqualTo(Instant.parse("2026-01-31T09:30:00.123Z"));
        assertThat(read.valid().get(1).uei).isNull();
    }

    @Test
    void anAcceptNamesARecipientWithoutUeiByItsDunsNormalized() throws IOException {
        Path file = write("d.csv", HEADER,
                "awards.csv,12,Acme,accept,,82185679.0,ann,2026-01-31T09:30:00Z",
                "awards.csv,13,Bolt Co,accept,ABC123DEF456,123-456-789,ann,2026-01-31T09:30:00Z");

        Decisions read = DecisionsReader.read(file);

        assertThat(read.problems()).isEmpty();
        assertThat(read.valid()).extracting(d -> d.uei, d -> d.duns).containsExactly(
                tuple(null, "082185679"),
                tuple("ABC123DEF456", "123456789"));
    }

    @Test
    void aWrongHeaderFailsInOneLineNamingTheFileAndTheExpectedHeader() throws IOException {
        Path file = write("d.csv", "file,record,verdict", "awards.csv,1,reject");

        assertThatThrownBy(() -> DecisionsReader.read(file))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("decisions file " + file + " has the header file,record,verdict; expected " + HEADER);
    }

    @Test
    void aMissingPathFails() {
        assertThatThrownBy(() -> DecisionsReader.read(dir.resolve("nope.csv")))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("decisions file not found");
    }

    @Test
    void badRowsAreReportedWithFileLineReasonAndRaw() throws IOException {
        Path file = write("d.csv", HEADER,
                "awards.csv,1,A,maybe,,,ann,2026-01-31T09:30:00Z",
                "awards.csv,2,B,accept,,,ann,2026-01-31T09:30:00Z",
                "awards.csv,0,C,reject,,,ann,2026-01-31T09:30:00Z",
                "awards.csv,x4,D,reject,,,ann,2026-01-31T09:30:00Z",
                "awards.csv,5,E,reject,,,ann,yesterday",
                "awards.csv,6,F,reject,ABC123DEF456,,ann,2026-01-31T09:30:00Z",
                "awards.csv,7,G,reject,,,,2026-01-31T09:30:00Z",
                ",8,H,reject,,,ann,2026-01-31T09:30:00Z",
                "awards.csv,9,too few",
                "awards.csv,10,J,reject,,,ann,2026-01-31T09:30:00Z",
                "awards.csv,11,K,reject,,123456789,ann,2026-01-31T09:30:00Z",
                "awards.csv,12,L,accept,,1234567890,ann,2026-01-31T09:30:00Z",
                "awards.csv,13,M,accept,,12-AB,ann,2026-01-31T09:30:00Z");

        Decisions read = DecisionsReader.read(file);

        assertThat(read.valid()).extracting(d -> d.awardRecord).containsExactly(10L);
        assertThat(read.problems()).extracting(DecisionProblem::line, DecisionProblem::reason).containsExactly(
                tuple(2L, DecisionProblem.BAD_VERDICT),
                tuple(3L, DecisionProblem.MISSING_IDENTIFIER),
                tuple(4L, DecisionProblem.BAD_RECORD),
                tuple(5L, DecisionProblem.BAD_RECORD),
                tuple(6L, DecisionProblem.BAD_TIMESTAMP),
                tuple(7L, DecisionProblem.IDENTIFIER_ON_REJECT),
                tuple(8L, DecisionProblem.MISSING_REVIEWER),
                tuple(9L, DecisionProblem.MISSING_AWARD_FILE),
                tuple(10L, "column-count"),
                tuple(12L, DecisionProblem.IDENTIFIER_ON_REJECT),
                tuple(13L, DecisionProblem.BAD_DUNS),
                tuple(14L, DecisionProblem.BAD_DUNS));
        DecisionProblem first = read.problems().get(0);
        assertThat(first.file()).isEqualTo(file.toString());
        assertThat(first.raw()).isEqualTo("awards.csv,1,A,maybe,,,ann,2026-01-31T09:30:00Z");
        assertThat(first.detail()).contains("'maybe'");
    }

    @Test
    void twoVerdictsOnOneAwardAreBothReportedAndNeitherApplied() throws IOException {
        write("a.csv", HEADER, "awards.csv,3,A,accept,ABC123DEF456,,ann,2026-01-31T09:30:00Z",
                "awards.csv,4,B,reject,,,ann,2026-01-31T09:30:00Z");
        write("b.csv", HEADER, "awards.csv,3,A,reject,,,bob,2026-02-01T09:30:00Z");

        Decisions read = DecisionsReader.read(dir);

        assertThat(read.valid()).extracting(d -> d.awardRecord).containsExactly(4L);
        assertThat(read.problems()).extracting(p -> dir.relativize(Path.of(p.file())).toString(),
                DecisionProblem::reason).containsExactly(
                tuple("a.csv", DecisionProblem.CONFLICTING_DECISION),
                tuple("b.csv", DecisionProblem.CONFLICTING_DECISION));
        assertThat(read.problems().get(0).detail()).contains("accept ABC123DEF456 (line 2)", "reject (line 2)");
    }

    @Test
    void acceptingTwoDifferentRecipientsConflictsToo() throws IOException {
        Path file = write("d.csv", HEADER, "awards.csv,3,A,accept,ABC123DEF456,,ann,2026-01-31T09:30:00Z",
                "awards.csv,3,A,accept,ZZZ123DEF456,,ann,2026-01-31T09:30:00Z");

        assertThat(DecisionsReader.read(file).valid()).isEmpty();
    }

    @Test
    void acceptingTwoDifferentDunsConflictsButOneDunsSpelledTwoWaysAgrees() throws IOException {
        Path file = write("d.csv", HEADER, "awards.csv,3,A,accept,,082185679,ann,2026-01-31T09:30:00Z",
                "awards.csv,3,A,accept,,82185679,bob,2026-01-31T09:30:00Z",
                "awards.csv,4,B,accept,,082185679,ann,2026-01-31T09:30:00Z",
                "awards.csv,4,B,accept,,082185670,ann,2026-01-31T09:30:00Z");

        Decisions read = DecisionsReader.read(file);

        assertThat(read.valid()).extracting(d -> d.awardRecord).containsExactly(3L);
        assertThat(read.problems()).extracting(DecisionProblem::reason)
                .containsOnly(DecisionProblem.CONFLICTING_DECISION).hasSize(2);
        assertThat(read.problems().get(0).detail()).contains("accept 082185679 (line 4)", "accept 082185670 (line 5)");
    }

    @Test
    void agreeingDuplicatesCollapseToTheFirstRead() throws IOException {
        write("a.csv", HEADER, "awards.csv,3,A,accept,ABC123DEF456,,ann,2026-01-31T09:30:00Z");
        write("b.csv", HEADER, "awards.csv,3,A,accept,ABC123DEF456,,ann,2026-01-31T09:30:00Z",
                "awards.csv,3,A,accept,ABC123DEF456,,bob,2026-02-02T09:30:00Z");
        write("notes.txt", "not a decisions file");
        write("_draft.csv", "not read either");

        Decisions read = DecisionsReader.read(dir);

        assertThat(read.problems()).isEmpty();
        assertThat(read.valid()).singleElement().satisfies(d -> assertThat(d.reviewer).isEqualTo("ann"));
    }
}

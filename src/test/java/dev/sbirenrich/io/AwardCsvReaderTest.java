package dev.sbirenrich.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.AwardColumns;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwardCsvReaderTest {

    static <T> List<T> readAll(RecordReader<T> reader) throws IOException {
        List<T> out = new ArrayList<>();
        try (reader) {
            for (T t = reader.next(); t != null; t = reader.next()) {
                out.add(t);
            }
        }
        return out;
    }

    static List<Award> readResource(String name) throws IOException {
        InputStream in = AwardCsvReaderTest.class.getResourceAsStream("/io/" + name);
        return readAll(new AwardCsvReader(name, in));
    }

    static AwardCsvReader open(String text) throws IOException {
        return new AwardCsvReader("x.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheRealHeaderWithMultiLineAbstractsAndEveryValueFormat() throws IOException {
        List<Award> awards = readResource("awards_good.csv");

        assertThat(awards).extracting(a -> a.recordNumber).containsExactly(1L, 2L, 3L);
        assertThat(awards).allMatch(a -> a.rejection == null && "awards_good.csv".equals(a.sourceFile));
        Award first = awards.get(0);
        assertThat(first.get(AwardColumns.COMPANY)).isEqualTo("Northwind Photonics, Inc.");
        assertThat(first.get(AwardColumns.NAMES.indexOf("Award Title"))).isEqualTo("SBIR Phase I: \"Smart\" Optical Sensors");
        assertThat(first.get(AwardColumns.NAMES.indexOf("Abstract")))
                .startsWith("Northwind will build \"smart\" sensors, lenses, and detectors.\nPhase I covers:\n")
                .endsWith("prototype.\n\nLast line.");
        assertThat(first.get(AwardColumns.DUNS)).isEqualTo("123-456-789");
        assertThat(first.get(AwardColumns.ZIP)).isEqualTo("022201");
        assertThat(first.get(AwardColumns.NAMES.indexOf("Contact Name"))).isEqualTo("John Smith");
        assertThat(awards).extracting(a -> a.amount).containsExactly(150000.0, 1500000.5, 1500.0);
        assertThat(awards).extracting(a -> a.proposalAwardDate).containsExactly("2023-03-15", "2022-05-15", "2020-10-01");
        assertThat(awards).extracting(a -> a.awardYear).containsExactly(2023, 2022, 2020);
        assertThat(awards).extracting(a -> a.employees).containsExactly(25, 25, null);
        assertThat(awards.get(1).get(AwardColumns.UEI)).isEmpty();
        assertThat(first.extraNames).isEmpty();
    }

    @Test
    void mapsHeaderVariantsByNameAndKeepsExtraColumns() throws IOException {
        List<Award> awards = readResource("awards_variants.csv");

        Award acme = awards.get(0);
        assertThat(acme.rejection).isNull();
        assertThat(acme.get(AwardColumns.COMPANY)).isEqualTo("Acme Robotics, Inc.");
        assertThat(acme.get(AwardColumns.UEI)).isEqualTo("ACMER0B0T1C5");
        assertThat(acme.get(AwardColumns.CITY)).isEqualTo("Dayton");
        assertThat(acme.get(AwardColumns.AGENCY)).as("column absent from the file").isNull();
        assertThat(acme.amount).isEqualTo(250000.0);
        assertThat(acme.employees).isEqualTo(12);
        assertThat(acme.extraNames).containsExactly("Award Link");
        assertThat(acme.extraValues).containsExactly("https://www.sbir.gov/awards/1001");

        Award helix = awards.get(1);
        assertThat(helix.rejection).isNull();
        assertThat(helix.get(AwardColumns.DUNS)).isEqualTo("987654321");
        assertThat(helix.employees).as("unreadable count is dropped, not rejected").isNull();
        assertThat(helix.proposalAwardDate).isNull();
    }

    @Test
    void rejectsBadRowsWithReasonAndExactTextAndKeepsReading() throws IOException {
        List<Award> awards = readResource("awards_rejects.csv");

        assertThat(awards).extracting(a -> a.rejection == null ? "ok" : a.rejection.reason).containsExactly(
                "ok", "column-count", "missing-company", "bad-amount", "bad-date", "bad-year",
                "broken-quoting", "invalid-utf8", "broken-quoting", "ok", "ok", "ok");
        assertThat(awards).extracting(a -> a.recordNumber)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);

        Award tooFew = awards.get(1);
        assertThat(tooFew.rejection.rawText).isEqualTo("Too Few Columns LLC,TFC1UEI00001,,5000");
        assertThat(tooFew.rejection.detail).isEqualTo("expected 7 fields, found 4 (line 3)");
        assertThat(tooFew.rejection.input).isEqualTo("awards");
        assertThat(tooFew.rejection.sourceFile).isEqualTo("awards_rejects.csv");
        assertThat(tooFew.rejection.recordNumber).isEqualTo(2);
        assertThat(tooFew.values).isNull();
        assertThat(awards.get(3).rejection.detail).contains("12abc");
        assertThat(awards.get(3).values).as("content rejections keep the values").isNotNull();
        assertThat(awards.get(7).rejection.rawText).isEqualTo("Caf\uFFFD Latin1 Corp,LATIN100001,,100,2023-03-15,2023,x");
        assertThat(awards.get(8).rejection.rawText)
                .isEqualTo("\"Stray Quote Corp,STRAY0000001,,100,2023-03-15,2023,never closed");
        assertThat(awards.get(9).get(AwardColumns.COMPANY)).isEqualTo("After Stray Inc");
        assertThat(awards.get(10).get(AwardColumns.COMPANY)).isEqualTo("Caf\u00e9 Valid UTF8 \uFFFD Corp");
        assertThat(awards.get(10).get(AwardColumns.NAMES.indexOf("Abstract")))
                .isEqualTo("multi\nline \"abstract\", with comma");
        assertThat(awards.get(11).proposalAwardDate).isEqualTo("2022-05-15");
    }

    @Test
    void refusesAFileWithoutRequiredColumns() {
        assertThatThrownBy(() -> open("Company,Award Amount\nAcme,1\n"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("awards file x.csv lacks required column(s): UEI, Duns");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> open("")).hasMessage("awards file is empty: x.csv");
        assertThatThrownBy(() -> open("\n\n")).hasMessage("awards file is empty: x.csv");
    }

    @Test
    void aRepeatedColumnSurvivesAsAnExtra() throws IOException {
        List<Award> awards = readAll(open("Company,UEI,Duns,UEI\nAcme,U1,,U2\n"));
        assertThat(awards.get(0).get(AwardColumns.UEI)).isEqualTo("U1");
        assertThat(awards.get(0).extraNames).containsExactly("UEI");
        assertThat(awards.get(0).extraValues).containsExactly("U2");
    }
}

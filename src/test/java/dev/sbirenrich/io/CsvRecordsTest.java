package dev.sbirenrich.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    static List<CsvRecords.CsvRecord> read(byte[] bytes) throws IOException {
        List<CsvRecords.CsvRecord> out = new ArrayList<>();
        try (CsvRecords records = new CsvRecords(new ByteArrayInputStream(bytes), "test", "t.csv")) {
            for (CsvRecords.CsvRecord r = records.next(); r != null; r = records.next()) {
                out.add(r);
            }
        }
        return out;
    }

    static List<CsvRecords.CsvRecord> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<List<String>> commonsCsv(String text) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(text))) {
            for (CSVRecord r : parser) {
                out.add(r.toList());
            }
        }
        return out;
    }

    @Test
    void fieldsAgreeWithCommonsCsvOnWellFormedInput() throws IOException {
        String text = "a,\"b,c\",\"say \"\"hi\"\"\",,\"\"\r\n"
                + "x,5\" pipe,\"multi\nline\r\nfield\",end,\n"
                + "\n"
                + "\"\",\"\"\"\",plain text, spaced ,\"last\"";
        try (InputStream in = getClass().getResourceAsStream("/io/awards_good.csv")) {
            String awards = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String sample : List.of(text, awards)) {
                assertThat(read(sample)).extracting(r -> List.of(r.fields())).isEqualTo(commonsCsv(sample));
            }
        }
    }

    @Test
    void keepsTheExactSourceTextOfMultiLineRecords() throws IOException {
        List<CsvRecords.CsvRecord> records = read("h1,h2\r\n1,\"two\r\nlines\nthree\"\r\n2,x");
        assertThat(records).extracting(CsvRecords.CsvRecord::rawText)
                .containsExactly("h1,h2", "1,\"two\r\nlines\nthree\"", "2,x");
        assertThat(records).extracting(CsvRecords.CsvRecord::line).containsExactly(1L, 2L, 5L);
    }

    @Test
    void dropsByteOrderMarkAndSkipsBlankLines() throws IOException {
        List<CsvRecords.CsvRecord> records = read("\uFEFFCompany,UEI\n\n\nAcme,U1\n\n");
        assertThat(records).extracting(r -> List.of(r.fields()))
                .containsExactly(List.of("Company", "UEI"), List.of("Acme", "U1"));
    }

    @Test
    void characterAfterClosingQuoteBreaksOnlyThatLine() throws IOException {
        List<CsvRecords.CsvRecord> records = read("\"Quote \"Labs\" Inc\",x\nnext,ok\n");
        assertThat(records.get(0).fields()).isNull();
        assertThat(records.get(0).quotingError()).contains("after a closing quote on line 1");
        assertThat(records.get(0).rawText()).isEqualTo("\"Quote \"Labs\" Inc\",x");
        assertThat(records.get(1).fields()).containsExactly("next", "ok");
    }

    @Test
    void unclosedQuoteAtEndOfFileRejectsOneLineAndRereadsTheRest() throws IOException {
        List<CsvRecords.CsvRecord> records = read("a,\"never closed\nb,c\nd,e\n");
        assertThat(records.get(0).quotingError()).isEqualTo("quote opened on line 1 is never closed");
        assertThat(records.get(0).rawText()).isEqualTo("a,\"never closed");
        assertThat(records.subList(1, 3)).extracting(r -> List.of(r.fields()))
                .containsExactly(List.of("b", "c"), List.of("d", "e"));
    }

    @Test
    void strayQuoteClosedByTheNextRecordCostsOnlyItsOwnLine() throws IOException {
        List<CsvRecords.CsvRecord> records = read("\"Stray Corp,U1\n\"Next Corp\",\"U2\"\n");
        assertThat(records.get(0).quotingError()).isNotNull();
        assertThat(records.get(1).fields()).containsExactly("Next Corp", "U2");
    }

    @Test
    void unclosedQuoteStopsAtTheLineLimitAndReadingResumes() throws IOException {
        StringBuilder text = new StringBuilder("name,id\n\"stray,0\n");
        int rows = CsvRecords.MAX_RECORD_LINES + 100;
        for (int i = 1; i <= rows; i++) {
            text.append("row").append(i).append(',').append(i).append('\n');
        }
        List<CsvRecords.CsvRecord> records = read(text.toString());
        assertThat(records).hasSize(rows + 2);
        assertThat(records.get(1).quotingError()).contains("not closed within " + CsvRecords.MAX_RECORD_LINES + " lines");
        assertThat(records.get(rows + 1).fields()).containsExactly("row" + rows, String.valueOf(rows));
        assertThat(records.subList(2, rows + 2)).allMatch(r -> r.quotingError() == null);
    }

    @Test
    void unclosedQuoteStopsAtTheSizeLimit() throws IOException {
        String longLine = "x".repeat(50_000);
        List<CsvRecords.CsvRecord> records = read("\"stray\n" + longLine + "\n" + longLine + "\n" + longLine + "\nlast\n");
        assertThat(records.get(0).quotingError()).contains("KiB");
        assertThat(records).extracting(r -> r.fields() == null ? null : r.fields()[0])
                .containsExactly(null, longLine, longLine, longLine, "last");
    }

    @Test
    void flagsMalformedUtf8ButNotAnEncodedReplacementCharacter() throws IOException {
        byte[] bytes = "Caf\u00e9 \uFFFD ok,1\nCaf?,2\nnext,3\n".getBytes(StandardCharsets.UTF_8);
        int mark = indexOf(bytes, (byte) '?');
        bytes[mark] = (byte) 0xE9;
        List<CsvRecords.CsvRecord> records = read(bytes);
        assertThat(records).extracting(CsvRecords.CsvRecord::invalidUtf8).containsExactly(false, true, false);
        assertThat(records.get(1).rawText()).isEqualTo("Caf\uFFFD,2");
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalArgumentException();
    }
}

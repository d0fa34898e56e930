package dev.sbirenrich.io;

import static dev.sbirenrich.io.AwardCsvReaderTest.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sbirenrich.model.Recipient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PgCopyRecipientReaderTest {

    static List<Recipient> read(String text, RecipientColumns columns) throws IOException {
        return readAll(new PgCopyRecipientReader("r.dat",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), columns));
    }

    @Test
    void readsTheOctoberDumpLayout() throws IOException {
        List<Recipient> recipients = readAll(new PgCopyRecipientReader("recipients_5412.dat",
                getClass().getResourceAsStream("/io/recipients_5412.dat"), RecipientColumns.USASPENDING_2025_10));

        assertThat(recipients).as("the line after \\. is not read").hasSize(6);
        assertThat(recipients).extracting(r -> r.recordNumber).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);

        Recipient kk = recipients.get(0);
        assertThat(kk.rejection).isNull();
        assertThat(kk.duns).isEqualTo("178613170");
        assertThat(kk.legalBusinessName).isEqualTo("K & K CONSTRUCTION SUPPLY INC");
        assertThat(kk.parentDuns).isNull();
        assertThat(kk.updateDate).isEqualTo("2025-06-20");
        assertThat(kk.addressLine1).isEqualTo("11400 WHITE ROCK RD");
        assertThat(kk.city).isEqualTo("RANCHO CORDOVA");
        assertThat(kk.countryCode).isEqualTo("USA");
        assertThat(kk.state).isEqualTo("CA");
        assertThat(kk.zip5).isEqualTo("95742");
        assertThat(kk.uei).isEqualTo("C111ATT311C8");
        assertThat(kk.parentUei).isEqualTo("VFKQPG9ZEUD3");
        assertThat(kk.sourceFile).isEqualTo("recipients_5412.dat");

        assertThat(recipients.get(1).duns).as("identifiers stay text").isEqualTo("082185679");
        assertThat(recipients.get(1).parentUei).isNull();

        Recipient monarco = recipients.get(2);
        assertThat(monarco.legalBusinessName).isEqualTo("MONARCO GROUP LLC, THE\\WEST\tUNIT");
        assertThat(monarco.parentLegalBusinessName).as("an escaped backslash before N is text, not null")
                .isEqualTo("\\N");
        assertThat(monarco.addressLine1).isEqualTo("1704 MAXWELL DR\nSTE 107");

        assertThat(recipients.get(3).legalBusinessName).as("octal bytes, hex bytes, escaped plain char")
                .isEqualTo("CAF\u00e9 AB q EXPRESS");

        Recipient shortRow = recipients.get(4);
        assertThat(shortRow.rejection.reason).isEqualTo("column-count");
        assertThat(shortRow.rejection.detail).isEqualTo("expected 19 fields, found 18 (line 5)");
        assertThat(shortRow.rejection.rawText).startsWith("119417439\tRIDE ON ST. LOUIS, INC.\t\\N\t");
        assertThat(shortRow.uei).isNull();

        Recipient badBytes = recipients.get(5);
        assertThat(badBytes.rejection.reason).isEqualTo("invalid-utf8");
        assertThat(badBytes.rejection.rawText).startsWith("\\N\tBAD \uFFFD BYTES LLC\t");
        assertThat(badBytes.legalBusinessName).isNull();
    }

    @Test
    void decodesEveryCopyEscape() throws IOException {
        RecipientColumns columns = RecipientColumns.parse("legal_business_name,uei,duns");
        List<Recipient> r = read("a\\\\b\\tc\\nd\\re\\bf\\fg\\vh\\101\\x42\\x\\z\\\tU1\t\\N\n", columns);
        assertThat(r.get(0).legalBusinessName).isEqualTo("a\\b\tc\nd\re\bf\fg\u000Bh" + "AB" + "xz\\");
        assertThat(r.get(0).uei).isEqualTo("U1");
        assertThat(r.get(0).duns).isNull();
    }

    @Test
    void columnsOutsideTheListAreCountedNotRead() throws IOException {
        RecipientColumns columns = RecipientColumns.parse("legal_business_name,id,uei,duns");
        List<Recipient> r = read("ACME\t\\q\\\\\tU1\t123\nONLY\tTWO\n", columns);
        assertThat(r.get(0).rejection).isNull();
        assertThat(r.get(0).uei).isEqualTo("U1");
        assertThat(r.get(1).rejection.reason).isEqualTo("column-count");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> read("", RecipientColumns.USASPENDING_2025_10))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("recipients file is empty: r.dat");
    }
}

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

class RecipientCsvReaderTest {

    @Test
    void readsUsaspendingExportByHeaderName() throws IOException {
        List<Recipient> recipients = readAll(new RecipientCsvReader("recipients.csv",
                getClass().getResourceAsStream("/io/recipients.csv")));

        assertThat(recipients).hasSize(3);
        Recipient monarco = recipients.get(0);
        assertThat(monarco.rejection).isNull();
        assertThat(monarco.legalBusinessName).isEqualTo("MONARCO GROUP LLC, THE");
        assertThat(monarco.duns).isEqualTo("078269681");
        assertThat(monarco.uei).isEqualTo("C111CU96ZQA5");
        assertThat(monarco.addressLine1).isEqualTo("1704 MAXWELL DR, STE 107");
        assertThat(monarco.city).isEqualTo("WALL");
        assertThat(monarco.state).isEqualTo("NJ");
        assertThat(monarco.zip5).isEqualTo("07719");
        assertThat(monarco.countryCode).isEqualTo("USA");
        assertThat(monarco.updateDate).isEqualTo("2012-02-11");
        assertThat(monarco.parentUei).isNull();
        assertThat(monarco.sourceFile).isEqualTo("recipients.csv");
        assertThat(monarco.recordNumber).isEqualTo(1);

        Recipient acme = recipients.get(1);
        assertThat(acme.duns).isEqualTo("123-456-789");
        assertThat(acme.parentUei).isEqualTo("PARNT0000001");
        assertThat(acme.parentDuns).isEqualTo("987654321");
        assertThat(acme.parentLegalBusinessName).isEqualTo("ACME HOLDINGS");

        Recipient shortRow = recipients.get(2);
        assertThat(shortRow.rejection.reason).isEqualTo("column-count");
        assertThat(shortRow.rejection.input).isEqualTo("recipients");
        assertThat(shortRow.rejection.rawText)
                .isEqualTo("5f0e1c2a-0000-4000-8000-000000000003,\"SHORT ROW LLC\",111111111");
        assertThat(shortRow.legalBusinessName).isNull();
    }

    @Test
    void refusesAHeaderWithoutRequiredColumns() {
        byte[] csv = "legal_business_name,duns\nACME,1\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new RecipientCsvReader("r.csv", new ByteArrayInputStream(csv)))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("recipients file r.csv lacks required column(s): uei");
    }
}

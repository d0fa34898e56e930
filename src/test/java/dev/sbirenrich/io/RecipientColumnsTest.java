package dev.sbirenrich.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sbirenrich.model.Recipient;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecipientColumnsTest {

    @Test
    void octoberDumpOrderMatchesTheDocumentedColumns() {
        List<String> names = RecipientColumns.USASPENDING_2025_10.names();
        assertThat(names).hasSize(19);
        assertThat(names.get(0)).isEqualTo("duns");
        assertThat(names.get(1)).isEqualTo("legal_business_name");
        assertThat(names.get(5)).isEqualTo("update_date");
        assertThat(names.get(12)).isEqualTo("zip5");
        assertThat(names.get(17)).isEqualTo("uei");
        assertThat(names.get(18)).isEqualTo("parent_uei");
    }

    @Test
    void parsesCommaOrLineSeparatedNamesAndSkipsUnknownOnes() throws InputFormatException {
        RecipientColumns columns = RecipientColumns.parse("UEI, duns\nlegal_business_name\r\nrecipient_hash,\n");
        assertThat(columns.names()).containsExactly("uei", "duns", "legal_business_name", "recipient_hash");
        Recipient r = new Recipient();
        columns.set(r, 0, "C111ATT311C8");
        columns.set(r, 1, "   ");
        columns.set(r, 2, "K & K CONSTRUCTION SUPPLY INC");
        columns.set(r, 3, "ignored");
        assertThat(r.uei).isEqualTo("C111ATT311C8");
        assertThat(r.duns).as("blank is stored as null").isNull();
        assertThat(r.legalBusinessName).isEqualTo("K & K CONSTRUCTION SUPPLY INC");
        assertThat(columns.isUsed(3)).isFalse();
    }

    @Test
    void refusesListsLackingRequiredOrRepeatingUsedNames() {
        assertThatThrownBy(() -> RecipientColumns.parse("duns,city"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("recipient column list lacks required column(s): legal_business_name, uei");
        assertThatThrownBy(() -> RecipientColumns.parse("uei,duns,legal_business_name,UEI"))
                .hasMessage("recipient column list names column uei twice");
    }
}

package dev.sbirenrich.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LookupKeysTest {

    @Test
    void eachKindHasItsOwnNamespace() {
        assertThat(LookupKeys.uei("N5Z3JQIP98Q1")).isEqualTo("U|N5Z3JQIP98Q1");
        assertThat(LookupKeys.duns("082185679")).isEqualTo("D|082185679");
        assertThat(LookupKeys.name("ACME ROBOTICS")).isEqualTo("N|ACME ROBOTICS");
    }

    @Test
    void identifierKeysAreTold() {
        assertThat(LookupKeys.isIdentifierKey("U|N5Z3JQIP98Q1")).isTrue();
        assertThat(LookupKeys.isIdentifierKey("D|082185679")).isTrue();
        assertThat(LookupKeys.isIdentifierKey("N|ACME")).isFalse();
        assertThat(LookupKeys.isNameKey("N|ACME")).isTrue();
        assertThat(LookupKeys.isNameKey("U|N5Z3JQIP98Q1")).isFalse();
    }
}

package dev.sbirenrich.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenericWordsTest {

    @Test
    void commonCompanyWordsAreGenericInCanonicalForm() {
        assertThat(GenericWords.isGeneric("TECHNOLOGIES")).isTrue();
        assertThat(GenericWords.isGeneric(NameNormalizer.normalize("Tech"))).isTrue();
        assertThat(GenericWords.isGeneric(NameNormalizer.normalize("Labs"))).isTrue();
        assertThat(GenericWords.isGeneric("SYSTEMS")).isTrue();
        assertThat(GenericWords.isGeneric("AND")).isTrue();
    }

    @Test
    void distinctiveWordsAreNot() {
        assertThat(GenericWords.isGeneric("ROBOTICS")).isFalse();
        assertThat(GenericWords.isGeneric("MONARCO")).isFalse();
        assertThat(GenericWords.isGeneric("TECH")).as("only canonical spellings are listed").isFalse();
    }

    @Test
    void connectorsAreGenericButNotEveryGenericWordIsAConnector() {
        assertThat(GenericWords.isConnector("OF")).isTrue();
        assertThat(GenericWords.isGeneric("OF")).isTrue();
        assertThat(GenericWords.isConnector("SYSTEMS")).isFalse();
    }
}

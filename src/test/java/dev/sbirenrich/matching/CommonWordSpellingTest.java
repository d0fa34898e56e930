package dev.sbirenrich.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommonWordSpellingTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "SOFTWAE, SOFTWARE",
        "HOLDIMGS, HOLDINGS",
        "MECHNOLOGY, TECHNOLOGIES",  // a slip of a spelling the normalizer rewrites: its canonical word
        "LASB, LABORATORIES",
        "ANDD, AND",
        "SSYSTEMS, SYSTEMS",
    })
    void aSlipOfACommonWordIsRespelled(String token, String word) {
        assertThat(CommonWordSpelling.respelled(token)).isEqualTo(word);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SOFTWARE", "ABS", "NAD", "KLEBARKWAVE", "SYSTEMATIX"})
    void commonWordsShortWordsAndOthersStayAsTheyAre(String token) {
        assertThat(CommonWordSpelling.respelled(token)).isNull();
    }

    @Test
    void aNameIsRespelledOnlyWhereOneOfItsWordsIsASlip() {
        assertThat(CommonWordSpelling.respelled(NameNormalizer.tokens("Tactical Imaging Softwae Inc")))
                .containsExactly("TACTICAL", "IMAGING", "SOFTWARE");
        assertThat(CommonWordSpelling.respelled(NameNormalizer.tokens("Tactical Imaging Software Inc"))).isNull();
    }

    @Test
    void aWordOneSlipFromTwoCommonWordsIsLeftAlone() {
        assertThat(CommonWordSpelling.respelled("AMERICAS")).as("AMERICA or AMERICAN").isNull();
        assertThat(CommonWordSpelling.respelled("ADEV")).as("ADV or DEV").isNull();
    }
}

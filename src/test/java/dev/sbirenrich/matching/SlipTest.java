package dev.sbirenrich.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlipTest {
    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
        "KLEBARKWAVE, LEBARKWAVE, true",   // dropped first letter
        "MERIDIAN, MERIDIANN, true",       // doubled last letter
        "MERIDIAN, MWRIDIAN, true",        // a neighbouring key
        "MERIDIAN, MERIDAIN, true",        // two neighbours swapped
        "MERIDIAN, EMRIDIAN, true",        // swapped at the front
        "MERIDIAN, MERIDIAN, false",       // no slip
        "MERIDIAN, MEIRDAIN, false",       // two swaps
        "MERIDIAN, MRIDIANN, false",       // a drop and a double
        "MERIDIAN, MERIDIANNN, false",     // two letters longer
        "SYSTEMS, SSYSTEMS, true",
    })
    void oneSlipApart(String a, String b, boolean apart) {
        assertThat(Slip.apart(a, b)).isEqualTo(apart);
        assertThat(Slip.apart(b, a)).as("symmetric").isEqualTo(apart);
    }
}

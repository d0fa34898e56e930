package dev.sbirenrich.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sbirenrich.matching.Streets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StreetNoiseTest {
    @Test
    void anAwardWritesItsCompanysLineInTheDocumentedForms() {
        SplittableRandom rng = new SplittableRandom(11);
        int n = 20_000;
        int left = 0;
        int slipped = 0;
        int spelledOut = 0;
        int withUnit = 0;
        for (int i = 0; i < n; i++) {
            String line = StreetNoise.line(rng);
            String written = StreetNoise.written(line, rng);
            if (written.isEmpty()) {
                left++;
                continue;
            }
            assertThat(written).as("mixed case").isNotEqualTo(written.toUpperCase());
            if (!line.equals(Streets.normalize(written))) {
                slipped++;
                assertThat(Streets.normalize(written).length()).isEqualTo(line.length() - 1);
                continue;
            }
            String type = line.split(" ")[2];
            spelledOut += !type.equals(written.toUpperCase().split("[ ,]+")[2]) ? 1 : 0;
            withUnit += written.matches(".*(Suite|Ste|#)\\s?\\d+$") ? 1 : 0;
        }
        assertThat(left / (double) n).isCloseTo(0.03, within(0.005));
        assertThat(slipped / (double) n).isCloseTo(0.02, within(0.005));
        assertThat(spelledOut / (double) n).as("spelled out, WAY aside").isCloseTo(0.25 * 8 / 9, within(0.015));
        assertThat(withUnit / (double) n).isCloseTo(0.15 * 0.95, within(0.015));
    }
}

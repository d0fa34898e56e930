package dev.sbirenrich.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TypoTest {
    private static final CompanyName NAME = new CompanyName(new String[] {"REDSTONE", "MERIDIAN", "SYSTEMS"}, "CO",
            false, false);

    @Test
    void everySlipIsOneEditOfOneWordInTheProportionsDocumented() {
        SplittableRandom rng = new SplittableRandom(7);
        Map<Typo.Kind, Integer> kinds = new EnumMap<>(Typo.Kind.class);
        Set<String> places = new HashSet<>();
        int made = 0;
        for (int i = 0; i < 20_000; i++) {
            Typo typo = Typo.make(NAME, rng);
            if (typo == null) {
                continue;
            }
            made++;
            kinds.merge(typo.kind(), 1, Integer::sum);
            places.add(typo.letter() + "/" + typo.word());
            assertThat(typo.written()).isNotEqualTo(NAME.render());
            assertThat(editedWords(typo.written())).isEqualTo(1);
        }
        for (Typo.Kind kind : Typo.Kind.values()) {
            assertThat(kinds.get(kind) / (double) made).as(kind.label).isCloseTo(kind.weight / 100.0, within(0.015));
        }
        assertThat(places).containsExactlyInAnyOrder(
                "first-letter/first-word", "inner/first-word", "last-letter/first-word",
                "first-letter/later-word", "inner/later-word", "last-letter/later-word");
    }

    @Test
    void aWrongFirstLetterChangesOnlyTheFirstLetter() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 2_000; i++) {
            Typo typo = Typo.make(NAME, rng);
            if (typo != null && typo.kind() == Typo.Kind.WRONG_FIRST_LETTER) {
                assertThat(typo.letter()).isEqualTo(Typo.FIRST_LETTER);
            }
        }
    }

    private static int editedWords(String written) {
        String[] original = NAME.render().split(" ");
        String[] words = written.split(" ");
        assertThat(words).hasSameSizeAs(original);
        int edited = 0;
        for (int i = 0; i < words.length; i++) {
            if (!words[i].equals(original[i])) {
                edited++;
            }
        }
        return edited;
    }
}

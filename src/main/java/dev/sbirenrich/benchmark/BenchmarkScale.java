package dev.sbirenrich.benchmark;

import dev.sbirenrich.datagen.GeneratorOptions;
import java.util.Locale;

/** Data sizes the benchmark runs at: the real data's full size, a tenth of it, and a CI-sized sample. */
public enum BenchmarkScale {
    FULL(GeneratorOptions.FULL_SCALE_RECIPIENTS, GeneratorOptions.FULL_SCALE_AWARDS),
    TENTH(338_223, 53_300),
    SMALL(20_000, 5_000);

    public final long recipients;
    public final long awards;

    BenchmarkScale(long recipients, long awards) {
        this.recipients = recipients;
        this.awards = awards;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BenchmarkScale parse(String label) {
        for (BenchmarkScale scale : values()) {
            if (scale.label().equals(label)) {
                return scale;
            }
        }
        throw new IllegalArgumentException("scale must be full, tenth or small, not " + label);
    }
}

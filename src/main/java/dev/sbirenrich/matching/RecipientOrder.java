package dev.sbirenrich.matching;

import dev.sbirenrich.model.Recipient;
import java.util.Collection;
import java.util.Comparator;

/**
 * Which of several reference rows sharing an identifier wins, deterministically whatever order the
 * rows arrived in: the latest {@code updateDate} first (ISO dates compare as text; a row without a
 * date loses to any dated row), then {@code sourceFile} alphabetically, then the lowest
 * {@code recordNumber}. The newest row carries the entity's current name and address; the last two
 * rules only make ties reproducible.
 */
public final class RecipientOrder {
    public static final Comparator<Recipient> PREFERRED =
            Comparator.comparing((Recipient r) -> r.updateDate, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(r -> r.sourceFile, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingLong(r -> r.recordNumber);

    private RecipientOrder() {}

    /** The preferred row; null when there is none. */
    public static Recipient pick(Collection<Recipient> rows) {
        return rows.stream().min(PREFERRED).orElse(null);
    }
}

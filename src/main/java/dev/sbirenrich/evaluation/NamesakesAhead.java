package dev.sbirenrich.evaluation;

import dev.sbirenrich.io.Decompression;
import dev.sbirenrich.io.RecipientCsvReader;
import dev.sbirenrich.matching.NameNormalizer;
import dev.sbirenrich.model.Recipient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the candidates that are ambiguous by construction because a namesake leads them: the best
 * candidate is another company with the true company's normalized name, and the true company is
 * listed below it or not at all. Their names being equal, only the award's place ranked the
 * namesake first, and it was the namesake's place or no one's (a firm that moved, an award without
 * a street line): nothing the award says picks out the true company. The names come from the
 * recipients file the run used, which truth.csv and the candidates point into.
 */
final class NamesakesAhead {
    private NamesakesAhead() {}

    /** Replaces each such outcome of {@code outcomes} (by truth key) by one that says so; returns how many. */
    static int mark(Map<String, Outcome> outcomes, TruthTable truth, Path recipients) throws IOException {
        List<TruthRecord> suspects = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        for (TruthRecord t : truth.all()) {
            Outcome outcome = outcomes.get(t.key());
            if (outcome != null && !outcome.accepted() && !outcome.candidates().isEmpty() && t.inReference()
                    && !EntityJudge.isTrueEntity(t, outcome.candidates().get(0))) {
                suspects.add(t);
                names.put(t.recipientRecord(), null);
                names.put(outcome.candidates().get(0).record(), null);
            }
        }
        if (suspects.isEmpty()) {
            return 0;
        }
        readNames(recipients, names);
        int marked = 0;
        for (TruthRecord t : suspects) {
            Outcome outcome = outcomes.get(t.key());
            String trueName = names.get(t.recipientRecord());
            if (trueName != null && trueName.equals(names.get(outcome.candidates().get(0).record()))) {
                outcomes.put(t.key(), outcome.withNamesakeAhead());
                marked++;
            }
        }
        return marked;
    }

    /** Fills in the normalized legal name of every record {@code names} holds a key for. */
    private static void readNames(Path recipients, Map<Long, String> names) throws IOException {
        int found = 0;
        try (InputStream in = Decompression.open(recipients.toString(), Files.newInputStream(recipients));
             RecipientCsvReader reader = new RecipientCsvReader(recipients.toString(), in)) {
            for (Recipient r = reader.next(); r != null && found < names.size(); r = reader.next()) {
                if (names.containsKey(r.recordNumber)) {
                    found++;
                    if (r.rejection == null) {
                        names.put(r.recordNumber, NameNormalizer.normalize(r.legalBusinessName));
                    }
                }
            }
        }
    }
}

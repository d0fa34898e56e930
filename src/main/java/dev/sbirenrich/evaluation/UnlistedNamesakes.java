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
 * Finds the candidates that are ambiguous by construction although the list does not show the true
 * company: every listed candidate shares the best score and one normalized name, and the true
 * company bears that name too. It is then one more namesake that the list had no room for, or one
 * the award's place ranks below them; either way neither name nor place picks it out. The names
 * come from the recipients file the run used, which truth.csv and the candidates point into.
 */
final class UnlistedNamesakes {
    private UnlistedNamesakes() {}

    /** Replaces each such outcome of {@code outcomes} (by truth key) by one that says so; returns how many. */
    static int mark(Map<String, Outcome> outcomes, TruthTable truth, Path recipients) throws IOException {
        List<TruthRecord> suspects = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        for (TruthRecord t : truth.all()) {
            Outcome outcome = outcomes.get(t.key());
            if (outcome != null && !outcome.accepted() && outcome.allNamesakes() && t.inReference()
                    && !EntityJudge.offersTrueEntity(t, outcome)) {
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
                outcomes.put(t.key(), outcome.withTrueNamesakeUnlisted());
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

package dev.sbirenrich.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sbirenrich.matching.MatchingSettings;
import dev.sbirenrich.model.MatchMethod;
import dev.sbirenrich.run.CommittedFiles;
import dev.sbirenrich.run.OutputLayout;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the awards of a run's committed output that need review (see {@link ReviewReason}). Only
 * lines whose text holds a name-fuzzy method are parsed: the other methods are most of a full-scale
 * output (1.5 GB), and a substring test costs far less than parsing their JSON. The test can only
 * let extra lines through (a company named so), never miss one: parsing then decides.
 */
public final class ReviewScan {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Begins the labels of name-fuzzy-auto and name-fuzzy-candidate, the only methods reviewed. */
    private static final String FUZZY = "name-fuzzy-";
    /**
     * The order a reviewer meets the awards in by default: the candidates, which only a person can
     * settle, before the near passes, which the cascade already accepted; each highest score first
     * (the likeliest to be settled quickly), ties by file and record. The page keeps it, and
     * evaluate's simulated review decides the awards in it.
     */
    private static final Comparator<ReviewAward> REVIEW_ORDER = Comparator
            .comparing((ReviewAward a) -> !MatchMethod.NAME_FUZZY_CANDIDATE.label().equals(a.method))
            .thenComparingDouble(a -> -a.score)
            .thenComparing(a -> a.file).thenComparingLong(a -> a.record);

    private final MatchingSettings settings;
    private final double reviewMargin;

    /** {@code settings} are the run's; an auto-accept whose lead is under {@code reviewMargin} is reviewed. */
    public ReviewScan(MatchingSettings settings, double reviewMargin) {
        this.settings = settings;
        this.reviewMargin = reviewMargin;
    }

    /** The awards to review under {@code runDir}/enriched, in review order. */
    public List<ReviewAward> awards(Path runDir) throws IOException {
        List<ReviewAward> awards = new ArrayList<>();
        for (Path part : CommittedFiles.under(runDir.resolve(OutputLayout.ENRICHED_DIR))) {
            try (BufferedReader in = Files.newBufferedReader(part)) {
                long number = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    number++;
                    if (line.contains(FUZZY)) {
                        ReviewAward award = award(parse(line, part, number));
                        if (award != null) {
                            awards.add(award);
                        }
                    }
                }
            }
        }
        awards.sort(REVIEW_ORDER);
        return awards;
    }

    private static JsonNode parse(String line, Path part, long number) throws IOException {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IOException("unreadable output line " + number + " of " + part + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    private ReviewAward award(JsonNode line) {
        JsonNode match = line.path("match");
        MatchMethod method = MatchMethod.fromLabel(match.path("method").asText());
        JsonNode candidates = match.path("candidates");
        double[] scores = new double[candidates.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = candidates.get(i).path("score").doubleValue();
        }
        ReviewReason reason = ReviewReason.of(method, match.path("identifier_overruled").booleanValue(), scores,
                candidates.path(0).path("vetoed").booleanValue(), settings, reviewMargin);
        return reason == null ? null : ReviewAward.of(line, reason, ReviewReason.margin(scores));
    }
}

package dev.sbirenrich.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sbirenrich.matching.NameNormalizer;
import java.util.Arrays;
import java.util.List;

/** One candidate recipient as the review page shows it, its name tokens set against the award's. */
@JsonInclude(JsonInclude.Include.NON_EMPTY) // nulls and empty lists left out: the page has 15,000 of them
public final class ReviewCandidate {
    public String name;
    public String parentName;
    public String[] tokens;
    /** Its tokens that the award's name lacks. */
    public String[] onlyCandidate;
    /** The award's tokens that its name lacks. */
    public String[] onlyAward;
    public String uei;
    public String duns;
    /** City, state and zip5 of the reference row. */
    public String place;
    public String updated;
    public double score;
    public boolean vetoed;

    /** From an output candidate ({@code {"score", "vetoed", "recipient"}}) of an award named {@code awardTokens}. */
    static ReviewCandidate of(JsonNode candidate, String[] awardTokens) {
        JsonNode r = candidate.path("recipient");
        ReviewCandidate c = new ReviewCandidate();
        c.name = r.path("legal_business_name").textValue();
        c.parentName = r.path("parent_legal_business_name").textValue();
        c.tokens = NameNormalizer.tokens(c.name);
        c.onlyCandidate = missingFrom(c.tokens, awardTokens);
        c.onlyAward = missingFrom(awardTokens, c.tokens);
        c.uei = r.path("uei").textValue();
        c.duns = r.path("duns").textValue();
        c.place = ReviewAward.place(r, "city", "state", "zip5");
        c.updated = r.path("update_date").textValue();
        c.score = candidate.path("score").doubleValue();
        c.vetoed = candidate.path("vetoed").booleanValue();
        return c;
    }

    /** The tokens of {@code tokens} that {@code other} does not hold. */
    private static String[] missingFrom(String[] tokens, String[] other) {
        List<String> others = Arrays.asList(other);
        return Arrays.stream(tokens).filter(t -> !others.contains(t)).toArray(String[]::new);
    }
}

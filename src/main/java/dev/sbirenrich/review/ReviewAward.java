package dev.sbirenrich.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sbirenrich.matching.NameNormalizer;
import dev.sbirenrich.model.RecordId;
import java.util.ArrayList;
import java.util.List;

/** One award on the review page: its fields, why it is there, and its best candidates. */
@JsonInclude(JsonInclude.Include.NON_EMPTY) // nulls and empty lists left out: the page has 15,000 of them
public final class ReviewAward {
    /** The award input file's name, as a decision names it. */
    public String file;
    public long record;
    public String company;
    public String[] tokens;
    /** City, state and zip, as the award gives them. */
    public String place;
    public String uei;
    public String ueiStatus;
    public String duns;
    public String dunsStatus;
    public String awardDate;
    public String method;
    public double score;
    public double margin;
    public String reason;
    public ReviewCandidate[] candidates;

    /** From one enriched output line that {@code reason} puts on the page. */
    static ReviewAward of(JsonNode line, ReviewReason reason, double margin) {
        JsonNode award = line.path("award");
        JsonNode match = line.path("match");
        JsonNode identifiers = match.path("identifiers");
        ReviewAward a = new ReviewAward();
        a.file = RecordId.fileName(line.path("source").path("file").textValue());
        a.record = line.path("source").path("record").longValue();
        a.company = award.path("Company").textValue();
        a.tokens = NameNormalizer.tokens(a.company);
        a.place = place(award, "City", "State", "Zip");
        a.uei = identifiers.path("uei").textValue();
        a.ueiStatus = identifiers.path("uei_status").textValue();
        a.duns = identifiers.path("duns").textValue();
        a.dunsStatus = identifiers.path("duns_status").textValue();
        a.awardDate = line.path("parsed").path("proposal_award_date").textValue();
        a.method = match.path("method").textValue();
        a.score = match.path("score").doubleValue();
        a.margin = Math.round(margin * 10_000) / 10_000.0;
        a.reason = reason.label();
        JsonNode candidates = match.path("candidates");
        a.candidates = new ReviewCandidate[candidates.size()];
        for (int i = 0; i < a.candidates.length; i++) {
            a.candidates[i] = ReviewCandidate.of(candidates.get(i), a.tokens);
        }
        return a;
    }

    /** The non-blank {@code fields} of {@code node}, joined by commas: one cell of the page. */
    static String place(JsonNode node, String... fields) {
        List<String> parts = new ArrayList<>();
        for (String field : fields) {
            String value = node.path(field).textValue();
            if (value != null && !value.isBlank()) {
                parts.add(value.strip());
            }
        }
        return String.join(", ", parts);
    }
}

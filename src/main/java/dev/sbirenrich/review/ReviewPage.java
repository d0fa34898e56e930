package dev.sbirenrich.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sbirenrich.io.DecisionsReader;
import dev.sbirenrich.matching.MatchingSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * review.html: one self-contained file (inline CSS and script, the awards as a JSON block, no
 * network) where a reviewer decides the awards and exports the decisions CSV that
 * {@link DecisionsReader} reads. The page renders one page of awards at a time, so its cost does
 * not grow with the number of awards beyond parsing the data.
 */
public final class ReviewPage {
    public static final String FILE = "review.html";
    private static final String TEMPLATE = "review-page.html";
    private static final String DATA = "/*REVIEW-DATA*/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewPage() {}

    /** Writes the page for {@code awards} of the run {@code runName} to {@code out}. */
    public static void write(Path out, String runName, List<ReviewAward> awards, MatchingSettings settings,
            double reviewMargin) throws IOException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("run", runName);
        data.put("autoAcceptScore", settings.autoAcceptScore);
        data.put("autoAcceptMargin", settings.autoAcceptMargin);
        data.put("reviewMargin", reviewMargin);
        data.put("header", String.join(",", DecisionsReader.HEADER));
        data.put("awards", awards);
        String page = template().replace(DATA, scriptSafe(JSON.writeValueAsString(data)));
        Files.writeString(out, page, StandardCharsets.UTF_8);
    }

    /**
     * JSON that cannot end its script element: '<' occurs in JSON only inside strings, where
     * {@code \u003c} means the same, so no {@code </script>} or {@code <!--} survives.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c");
    }

    private static String template() {
        try (InputStream in = ReviewPage.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.sbirenrich.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A line's counted fields, read without the award's cells after Phase when the award comes last. */
class EnrichedLineTest {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final String PARSED = "\"parsed\":{\"amount\":150000.0,\"award_year\":2023,\"employees\":25}";
    private static final String MATCH = "\"match\":{\"method\":\"name-fuzzy-auto\",\"score\":0.93,\"candidates\":[{\"score\":0.8}],"
            + "\"identifier_duplicates\":2,\"reference\":\"abc\",\"identifiers\":{\"uei_status\":\"missing\","
            + "\"duns_status\":\"valid\"},\"decision\":null}";
    private static final String SOURCE = "\"source\":{\"file\":\"awards.csv\",\"record\":17}";

    @Test
    void theAwardWrittenLastIsReadOnlyUpToItsPhase() throws IOException {
        // Everything after Phase is cut off: the parse must not need it.
        String line = "{" + PARSED + "," + MATCH + "," + SOURCE
                + ",\"award\":{\"Company\":\"Acme\",\"Award Title\":\"T\",\"Phase\":\"Phase II\",\"Abstract\":\"unterminat";

        EnrichedLine parsed = parse(line);

        assertCounted(parsed);
    }

    @Test
    void theAwardWrittenFirstIsSkippedToTheOtherSections() throws IOException {
        String line = "{\"award\":{\"Company\":\"Acme\",\"Phase\":\"Phase II\",\"Abstract\":\"long text\",\"City\":\"X\"},"
                + PARSED + "," + MATCH + "," + SOURCE + "}";

        assertCounted(parse(line));
    }

    private static void assertCounted(EnrichedLine line) {
        assertThat(line.phase).isEqualTo("Phase II");
        assertThat(line.method).isEqualTo("name-fuzzy-auto");
        assertThat(line.score).isEqualTo(0.93);
        assertThat(line.identifierDuplicates).isEqualTo(2);
        assertThat(line.reference).isEqualTo("abc");
        assertThat(line.identifierType()).isEqualTo("duns-only");
        assertThat(line.decisionVerdict).isNull();
        assertThat(line.awardYear).isEqualTo(2023);
        assertThat(line.employees).isEqualTo(25);
        assertThat(line.file).isEqualTo("awards.csv");
        assertThat(line.record).isEqualTo(17);
    }

    private static EnrichedLine parse(String line) throws IOException {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        try (JsonParser parser = JSON.createParser(bytes, 0, bytes.length)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            return EnrichedLine.parse(parser);
        }
    }
}

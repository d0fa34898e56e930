package dev.sbirenrich.evaluation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sbirenrich.matching.NameNormalizer;
import dev.sbirenrich.model.MatchMethod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Streams the committed JSON Lines part files under an enriched/ directory (bucket directories
 * included; files and directories whose names start with "." or "_" are in progress or markers and
 * skipped), reading only each line's "match" and "source" objects.
 */
final class EnrichedReader {
    /** Receives one enriched award. */
    interface Visitor {
        void visit(String fileName, long record, Outcome outcome);
    }

    private final ObjectMapper mapper = new ObjectMapper();

    static List<Path> partFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(dir.relativize(p)))
                    .sorted()
                    .toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    void read(Path file, Visitor visitor) throws IOException {
        try (JsonParser p = mapper.getFactory().createParser(file.toFile())) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
                JsonNode match = null;
                JsonNode source = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if ("match".equals(field)) {
                        match = mapper.readTree(p);
                    } else if ("source".equals(field)) {
                        source = mapper.readTree(p);
                    } else {
                        p.skipChildren();
                    }
                }
                if (match == null || source == null || !source.hasNonNull("file") || !source.hasNonNull("record")) {
                    throw new IOException(file + " near line " + p.currentLocation().getLineNr()
                            + ": an enriched line needs \"match\" and \"source\" {file, record}");
                }
                visitor.visit(Path.of(source.get("file").asText()).getFileName().toString(),
                        source.get("record").asLong(), outcome(match));
            }
        }
    }

    private static Outcome outcome(JsonNode match) throws IOException {
        String method = match.path("method").asText();
        boolean accepted;
        try {
            accepted = MatchMethod.fromLabel(method).matched();
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        JsonNode listed = match.path("candidates");
        List<AttachedRecipient> candidates = new ArrayList<>();
        for (JsonNode candidate : listed) {
            candidates.add(recipient(candidate.get("recipient")));
        }
        // Only an unaccepted award can be ambiguous: an accepted one's candidate names go unread.
        return new Outcome(method, accepted, accepted ? recipient(match.get("recipient")) : null, candidates,
                accepted ? List.of() : shadowed(listed, candidates), false);
    }

    /** The candidates that another one with the same normalized name scores at least as high as. */
    private static List<AttachedRecipient> shadowed(JsonNode listed, List<AttachedRecipient> candidates) {
        if (listed.size() < 2) {
            return List.of();
        }
        String[] names = new String[listed.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = NameNormalizer.normalize(listed.get(i).path("recipient").path("legal_business_name").asText());
        }
        List<AttachedRecipient> shadowed = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            double score = listed.get(i).path("score").asDouble();
            for (int j = 0; j < names.length; j++) {
                if (j != i && names[j].equals(names[i]) && listed.get(j).path("score").asDouble() >= score) {
                    shadowed.add(candidates.get(i));
                    break;
                }
            }
        }
        return shadowed;
    }

    private static AttachedRecipient recipient(JsonNode r) {
        if (r == null || r.isNull()) {
            return null;
        }
        return new AttachedRecipient(r.path("source_record").asLong(0), text(r, "uei"), text(r, "duns"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

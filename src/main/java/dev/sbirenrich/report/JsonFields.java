package dev.sbirenrich.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Walks the fields of the JSON object the parser has just entered, skipping those nobody reads. */
final class JsonFields {
    /** Reads what it wants of one field's value (the parser is on it); ignoring it is fine. */
    @FunctionalInterface
    interface Reader {
        void read(String field) throws IOException;
    }

    private JsonFields() {}

    static void each(JsonParser parser, Reader reader) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            reader.read(field);
            // Skips an object or array the reader left unread; a no-op after a scalar or after
            // a nested object the reader consumed (the parser is then on its end token).
            parser.skipChildren();
        }
    }
}

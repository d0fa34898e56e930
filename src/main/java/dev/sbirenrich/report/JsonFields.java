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

    /** Reads what it wants of one field's value, as {@link Reader}, and says whether to stop there. */
    @FunctionalInterface
    interface Stopper {
        boolean readAndStop(String field) throws IOException;
    }

    private JsonFields() {}

    static void each(JsonParser parser, Reader reader) throws IOException {
        until(parser, field -> {
            reader.read(field);
            return false;
        });
    }

    /**
     * {@link #each}, but stops after the field whose read returns true, leaving the parser inside
     * the object; true when it stopped, false when the object ended first.
     */
    static boolean until(JsonParser parser, Stopper reader) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (reader.readAndStop(field)) {
                return true;
            }
            // Skips an object or array the reader left unread; a no-op after a scalar or after
            // a nested object the reader consumed (the parser is then on its end token).
            parser.skipChildren();
        }
        return false;
    }
}

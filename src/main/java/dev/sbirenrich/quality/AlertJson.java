package dev.sbirenrich.quality;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.sbirenrich.model.Alert;
import java.io.IOException;
import java.io.OutputStream;

/** The alert JSON object (docs/quality-gates.md): one line in alerts/, one webhook request body. */
public final class AlertJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private AlertJson() {}

    /** One JSON Lines record: the object and a newline. */
    public static void writeLine(Alert alert, OutputStream out) throws IOException {
        JSON.writeValue(out, alert);
        out.write('\n');
    }

    public static byte[] bytes(Alert alert) throws IOException {
        return JSON.writeValueAsBytes(alert);
    }

    public static Alert parse(String json) throws IOException {
        return JSON.readValue(json, Alert.class);
    }
}

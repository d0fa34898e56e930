package dev.sbirenrich.quality;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** baseline.json (the current baseline, replaced atomically) and history.jsonl (every save, appended). */
public final class BaselineStore {
    public static final String BASELINE_FILE = "baseline.json";
    public static final String HISTORY_FILE = "history.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path dir;

    public BaselineStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public Optional<Baseline> load() throws IOException {
        Path file = dir.resolve(BASELINE_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Baseline.class));
        } catch (IOException e) {
            throw new IOException("baseline " + file + " is unreadable: " + e.getMessage(), e);
        }
    }

    public void save(Baseline baseline) throws IOException {
        Files.createDirectories(dir);
        Path temp = dir.resolve(BASELINE_FILE + ".tmp");
        JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValue(temp.toFile(), baseline);
        Files.move(temp, dir.resolve(BASELINE_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(dir.resolve(HISTORY_FILE), JSON.writeValueAsString(baseline) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}

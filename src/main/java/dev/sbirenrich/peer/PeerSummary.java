package dev.sbirenrich.peer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a peer reports to the benchmark in {@code <output>/peer-summary.json}: its phase times and counts. */
public final class PeerSummary {
    public static final String FILE = "peer-summary.json";

    private final Map<String, Object> figures = new LinkedHashMap<>();

    void put(String name, Object value) {
        figures.put(name, value);
    }

    /** Seconds since {@code startNanos} ({@link System#nanoTime}), to the hundredth. */
    static double seconds(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e7) / 100.0;
    }

    void write(Path output) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(output.resolve(FILE).toFile(), figures);
    }
}

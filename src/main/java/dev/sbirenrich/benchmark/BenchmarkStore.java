package dev.sbirenrich.benchmark;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmark's files under one directory: {@code <timestamp>.json} per benchmark,
 * {@code history.jsonl} (one result per line, appended), and {@code baseline.json}, which holds one
 * baseline per scale so a CI run at small scale never compares with a full-scale baseline.
 */
public final class BenchmarkStore {
    public static final String HISTORY = "history.jsonl";
    public static final String BASELINE = "baseline.json";

    private final Path dir;

    public BenchmarkStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    Path write(BenchmarkResult result) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(result.timestamp.replace(':', '-') + ".json");
        Reports.JSON.writeValue(file.toFile(), result);
        return file;
    }

    void appendHistory(BenchmarkResult result) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(HISTORY), Reports.JSON_LINE.writeValueAsString(result) + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /**
     * Earlier results of one scale, oldest first; lines that cannot be read are skipped. Lines of
     * earlier designs keep their contender labels (flink-keyed, ...): the reports show them as history.
     */
    List<BenchmarkResult> history(String scale) throws IOException {
        Path file = dir.resolve(HISTORY);
        List<BenchmarkResult> results = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return results;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                BenchmarkResult r = Reports.JSON_LINE.readValue(line, BenchmarkResult.class);
                if (scale.equals(r.scale)) {
                    if (r.contenders == null) {
                        r.contenders = new java.util.LinkedHashMap<>();
                    }
                    results.add(r);
                }
            } catch (IOException e) {
                // A hand-edited or truncated line must not stop the report; the rest still plots.
            }
        }
        return results;
    }

    /** The baseline of a scale, or null. */
    BenchmarkResult baseline(String scale) throws IOException {
        return baselines().get(scale);
    }

    void saveBaseline(BenchmarkResult result) throws IOException {
        Map<String, BenchmarkResult> all = baselines();
        all.put(result.scale, result);
        Files.createDirectories(dir);
        Reports.JSON.writeValue(dir.resolve(BASELINE).toFile(), all);
    }

    private Map<String, BenchmarkResult> baselines() throws IOException {
        Path file = dir.resolve(BASELINE);
        if (!Files.isRegularFile(file)) {
            return new TreeMap<>();
        }
        return Reports.JSON.readValue(file.toFile(), new TypeReference<TreeMap<String, BenchmarkResult>>() {});
    }
}

package dev.sbirenrich.config;

import dev.sbirenrich.matching.MatchingSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/** Settings for tests: the defaults with some values changed, resolved as the command line resolves them. */
public final class TestSettings {
    private TestSettings() {}

    /** The defaults with {@code overrides} (dotted paths such as "pipeline.parallelism") over them. */
    public static EnrichmentSettings with(Map<String, ?> overrides) {
        return EnrichmentSettings.defaults().with(overrides);
    }

    /** Pipeline settings: the defaults with {@code overrides} (field names) over them. */
    public static PipelineSettings pipeline(Map<String, ?> overrides) {
        return with(prefixed("pipeline.", overrides)).pipeline;
    }

    /** Quality settings: the defaults with {@code overrides} (field names) over them. */
    public static QualitySettings quality(Map<String, ?> overrides) {
        return with(prefixed("quality.", overrides)).quality;
    }

    /** Matching settings: the defaults with {@code overrides} (field names) over them. */
    public static MatchingSettings matching(Map<String, ?> overrides) {
        return with(prefixed("matching.", overrides)).matching;
    }

    private static Map<String, Object> prefixed(String prefix, Map<String, ?> overrides) {
        Map<String, Object> paths = new LinkedHashMap<>();
        overrides.forEach((name, value) -> paths.put(prefix + name, value));
        return paths;
    }
}

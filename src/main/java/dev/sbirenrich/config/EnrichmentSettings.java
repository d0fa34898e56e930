package dev.sbirenrich.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sbirenrich.matching.MatchingSettings;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * All settings of an enrichment run in one typed, immutable value: resolved once, by the command
 * line, from a YAML file (--config) and the command-line options over it, then only read. Unknown
 * keys and values are errors, so a typo cannot silently fall back to a default.
 */
public final class EnrichmentSettings implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public final PipelineSettings pipeline;
    public final MatchingSettings matching;
    public final QualitySettings quality;

    public EnrichmentSettings() {
        pipeline = new PipelineSettings();
        matching = new MatchingSettings();
        quality = new QualitySettings();
    }

    /** Every setting at its default. */
    public static EnrichmentSettings defaults() {
        return new EnrichmentSettings();
    }

    /**
     * The settings of {@code yaml} (defaults where it is silent, or for all when it is null), with
     * {@code overrides} over them: dotted paths such as {@code "pipeline.parallelism"} to values.
     * Validated.
     */
    public static EnrichmentSettings resolve(Path yaml, Map<String, ?> overrides) throws IOException {
        ObjectNode tree = YAML.createObjectNode();
        if (yaml != null) {
            if (!Files.isRegularFile(yaml)) {
                throw new IOException("config file not found: " + yaml);
            }
            JsonNode read = YAML.readTree(yaml.toFile());
            if (read instanceof ObjectNode object) {
                tree = object;
            } else if (read != null && !read.isMissingNode() && !read.isNull()) {
                throw new IOException("config file " + yaml + " is invalid: not a mapping of settings");
            }
        }
        return bind(override(tree, overrides), yaml == null ? "the settings" : "config file " + yaml);
    }

    /** These settings with {@code overrides} (dotted paths to values) over them; this value is unchanged. */
    public EnrichmentSettings with(Map<String, ?> overrides) {
        try {
            return bind(override(YAML.valueToTree(this), overrides), "the settings");
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static ObjectNode override(ObjectNode tree, Map<String, ?> overrides) {
        overrides.forEach((path, value) -> {
            String[] names = path.split("\\.");
            ObjectNode parent = tree;
            for (int i = 0; i < names.length - 1; i++) {
                parent = parent.get(names[i]) instanceof ObjectNode child ? child : parent.putObject(names[i]);
            }
            parent.set(names[names.length - 1], YAML.valueToTree(value));
        });
        return tree;
    }

    private static EnrichmentSettings bind(ObjectNode tree, String source) throws IOException {
        EnrichmentSettings settings;
        try {
            settings = YAML.treeToValue(tree, EnrichmentSettings.class);
        } catch (JsonProcessingException e) {
            throw new IOException(source + " is invalid: " + e.getOriginalMessage(), e);
        }
        try {
            settings.matching.validate();
        } catch (IllegalArgumentException e) {
            throw new IOException(source + " is invalid: " + e.getMessage(), e);
        }
        return settings;
    }
}

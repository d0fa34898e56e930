package dev.sbirenrich.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.sbirenrich.matching.MatchingSettings;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * All settings of an enrichment run in one typed place: loaded from a YAML file (--config), then
 * overridden by command-line options. Unknown keys are errors so a typo cannot silently fall back
 * to a default.
 */
public class EnrichmentSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    public PipelineSettings pipeline = new PipelineSettings();
    public MatchingSettings matching = new MatchingSettings();
    public QualitySettings quality = new QualitySettings();

    public EnrichmentSettings() {}

    public static EnrichmentSettings load(Path yaml) throws IOException {
        if (!Files.isRegularFile(yaml)) {
            throw new IOException("config file not found: " + yaml);
        }
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            EnrichmentSettings settings = mapper.readValue(yaml.toFile(), EnrichmentSettings.class);
            return settings == null ? new EnrichmentSettings() : settings;
        } catch (JsonProcessingException e) {
            throw new IOException("config file " + yaml + " is invalid: " + e.getOriginalMessage(), e);
        }
    }
}

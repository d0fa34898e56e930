package dev.sbirenrich.benchmark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;

/** When a change against the baseline is a warning or a failure. Defaults are the project's (issue 5). */
public class RegressionThresholds {
    /** Wall time growth, in percent of the baseline. */
    public double timeWarningPercent = 10;
    public double timeFailurePercent = 25;
    /** Peak RSS growth, in percent of the baseline. */
    public double memoryWarningPercent = 20;
    public double memoryFailurePercent = 50;
    /** Match rate drop, in percentage points. */
    public double matchRateFailurePoints = 5;

    public RegressionThresholds() {}

    /** Thresholds from a YAML file with any of the fields above; unknown keys are errors. */
    public static RegressionThresholds load(Path yaml) throws IOException {
        return new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(yaml.toFile(), RegressionThresholds.class);
    }
}

package dev.sbirenrich.metrics;

import java.util.Properties;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.reporter.MetricReporterFactory;
import org.apache.flink.util.PortRange;

/**
 * Creates {@link BoundPrometheusReporter}s: {@code metrics.reporter.<name>.factory.class} set to this
 * class, with {@code .host} (default 127.0.0.1) and {@code .port} (a port or a range, default 9249).
 * Flink finds it through META-INF/services, like its own reporter factories.
 */
public final class BoundPrometheusReporterFactory implements MetricReporterFactory {
    @Override
    public BoundPrometheusReporter createMetricReporter(Properties properties) {
        MetricConfig config = (MetricConfig) properties;
        return new BoundPrometheusReporter(config.getString("host", "127.0.0.1"),
                new PortRange(config.getString("port", "9249")));
    }
}

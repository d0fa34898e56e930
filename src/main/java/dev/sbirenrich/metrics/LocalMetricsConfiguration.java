package dev.sbirenrich.metrics;

import dev.sbirenrich.config.PipelineSettings;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.state.rocksdb.RocksDBNativeMetricOptions;

/**
 * The metric settings a local run adds to its Flink configuration (a cluster sets the same in its
 * config.yaml): the Prometheus reporter when a port is given, and RocksDB's memory gauges.
 */
public final class LocalMetricsConfiguration {

    private LocalMetricsConfiguration() {}

    public static void apply(Configuration conf, PipelineSettings settings) {
        if (settings.metricsPort != null) {
            // Flink's Prometheus reporter, but on the run's bind address instead of every interface.
            conf.set(option("metrics.reporter.prom.factory.class"), BoundPrometheusReporterFactory.class.getName());
            conf.set(option("metrics.reporter.prom.host"), settings.bindAddress);
            conf.set(option("metrics.reporter.prom.port"), settings.metricsPort);
        }
        if (settings.stateBackend == PipelineSettings.StateBackend.ROCKSDB) {
            // Memory the heap metrics cannot see: block cache and memtables, per operator state.
            conf.set(RocksDBNativeMetricOptions.BLOCK_CACHE_USAGE, true);
            conf.set(RocksDBNativeMetricOptions.MONITOR_SIZE_ALL_MEM_TABLES, true);
            conf.set(RocksDBNativeMetricOptions.ESTIMATE_TABLE_READERS_MEM, true);
            conf.set(RocksDBNativeMetricOptions.ESTIMATE_LIVE_DATA_SIZE, true);
            // One metric name per gauge with the state name as a label, not one name per state.
            conf.set(RocksDBNativeMetricOptions.COLUMN_FAMILY_AS_VARIABLE, true);
        }
    }

    private static ConfigOption<String> option(String key) {
        return ConfigOptions.key(key).stringType().noDefaultValue();
    }
}

package dev.sbirenrich.pipeline;

import dev.sbirenrich.config.PipelineSettings;
import dev.sbirenrich.metrics.LocalMetricsConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.state.rocksdb.PredefinedOptions;
import org.apache.flink.state.rocksdb.RocksDBConfigurableOptions;
import org.apache.flink.state.rocksdb.RocksDBOptions;
import org.rocksdb.CompressionType;

/** Turns {@link PipelineSettings} into Flink configuration, for the job and for local runs. */
public final class JobConfiguration {
    private static final long BOUNDED_CHECKPOINT_INTERVAL_MS = 2_000;
    private static final long WATCHING_CHECKPOINT_INTERVAL_MS = 30_000;

    private JobConfiguration() {}

    /** What the job itself decides, on any cluster: mode, parallelism, checkpoints, no Kryo. */
    public static Configuration forJob(PipelineSettings settings) {
        Configuration conf = new Configuration();
        conf.set(ExecutionOptions.RUNTIME_MODE, runtimeMode(settings));
        conf.set(CoreOptions.DEFAULT_PARALLELISM, settings.parallelism);
        // Every type must have a Flink serializer; a Kryo fallback fails the job at build time.
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        // No operator changes a record after emitting it, so chained operators may share instances.
        conf.set(PipelineOptions.OBJECT_REUSE, true);
        var testSwitches = TestSwitches.jobParameters(settings);
        if (!testSwitches.isEmpty()) {
            conf.set(PipelineOptions.GLOBAL_JOB_PARAMETERS, testSwitches);
        }
        if (runtimeMode(settings) == RuntimeExecutionMode.STREAMING) {
            conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofMillis(checkpointInterval(settings)));
        }
        return conf;
    }

    /**
     * A local run also chooses what a cluster's config.yaml would: state backend, checkpoint
     * storage and the web UI, bound to 127.0.0.1.
     */
    public static Configuration forLocalRun(PipelineSettings settings, String checkpointDir) {
        Configuration conf = forJob(settings);
        conf.set(StateBackendOptions.STATE_BACKEND, settings.stateBackend);
        conf.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, settings.incrementalCheckpoints);
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.ofMebiBytes(settings.managedMemoryMb));
        // Most point reads look for keys that do not exist yet (a new award's progress): bloom
        // filters answer those without touching the SST files.
        conf.set(RocksDBConfigurableOptions.USE_BLOOM_FILTER, true);
        // Measured at a tenth of full scale together with the 30 s checkpoint interval and 1 GiB of
        // managed memory: 72 s instead of 105 s (docs/performance/enrichment-benchmarks.md).
        conf.set(RocksDBOptions.PREDEFINED_OPTIONS, PredefinedOptions.FLASH_SSD_OPTIMIZED.name());
        // The reference load is write-heavy: with Snappy, flushes and compactions took 40 % of a
        // full-scale run's CPU. Uncompressed checkpoints are about 5 times larger.
        conf.set(RocksDBConfigurableOptions.COMPRESSION_PER_LEVEL, List.of(CompressionType.NO_COMPRESSION));
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDir);
        if (settings.webUiPort > 0) {
            conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
            conf.set(RestOptions.ADDRESS, "127.0.0.1");
            conf.set(RestOptions.BIND_PORT, String.valueOf(settings.webUiPort));
        }
        LocalMetricsConfiguration.apply(conf, settings);
        conf.addAll(Configuration.fromMap(settings.flinkOptions));
        return conf;
    }

    /** {@link PipelineSettings#checkpointIntervalMs}, or the interval it picks when that is 0. */
    static long checkpointInterval(PipelineSettings settings) {
        if (settings.checkpointIntervalMs > 0) {
            return settings.checkpointIntervalMs;
        }
        return settings.awardsMonitorIntervalMs > 0 ? WATCHING_CHECKPOINT_INTERVAL_MS : BOUNDED_CHECKPOINT_INTERVAL_MS;
    }

    public static RuntimeExecutionMode runtimeMode(PipelineSettings settings) {
        return switch (settings.runtimeMode.toLowerCase(Locale.ROOT)) {
            case "streaming" -> RuntimeExecutionMode.STREAMING;
            case "batch" -> RuntimeExecutionMode.BATCH;
            default -> throw new IllegalArgumentException(
                    "runtime mode must be streaming or batch, not " + settings.runtimeMode);
        };
    }
}

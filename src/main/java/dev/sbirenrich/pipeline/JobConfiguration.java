package dev.sbirenrich.pipeline;

import dev.sbirenrich.config.PipelineSettings;
import dev.sbirenrich.metrics.LocalMetricsConfiguration;
import java.time.Duration;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.TaskManagerOptions;

/** Turns {@link PipelineSettings} into Flink configuration, for the job and for local runs. */
public final class JobConfiguration {
    private static final long BOUNDED_CHECKPOINT_INTERVAL_MS = 2_000;
    private static final long WATCHING_CHECKPOINT_INTERVAL_MS = 30_000;
    /**
     * Restarts in a row after which a job gives up, on a cluster: enough to ride out a lost
     * TaskManager's replacement, bounded so that a failure that keeps coming back ends the job.
     * The same as flink-conf/config.yaml.
     */
    public static final int JOB_RESTART_ATTEMPTS = 20;
    /** Restarts in a row after which a local run gives up: it has no TaskManager to lose. */
    public static final int LOCAL_RESTART_ATTEMPTS = 3;

    private JobConfiguration() {}

    /**
     * What the job itself decides, on any cluster: mode, parallelism, checkpoints, no Kryo, and a
     * bounded restart strategy (a job must not retry forever wherever it runs).
     */
    public static Configuration forJob(PipelineSettings settings) {
        Configuration conf = new Configuration();
        conf.set(ExecutionOptions.RUNTIME_MODE, RuntimeExecutionMode.STREAMING);
        conf.set(CoreOptions.DEFAULT_PARALLELISM, settings.parallelism);
        // Every type must have a Flink serializer; a Kryo fallback fails the job at build time.
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        // No operator changes a record after emitting it, so chained operators may share instances.
        conf.set(PipelineOptions.OBJECT_REUSE, true);
        conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofMillis(checkpointInterval(settings)));
        // Waits 1 s, 1.5 s, 2.25 s ... up to 1 min between restarts; 10 min without a failure starts
        // the count and the wait afresh. Deterministic input failures never get here (io.InputFailure).
        restarts(conf, 1.5, Duration.ofMinutes(1), JOB_RESTART_ATTEMPTS);
        return conf;
    }

    private static void restarts(Configuration conf, double multiplier, Duration maxBackoff, int attempts) {
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "exponential-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_INITIAL_BACKOFF, Duration.ofSeconds(1));
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_BACKOFF_MULTIPLIER, multiplier);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_MAX_BACKOFF, maxBackoff);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_RESET_BACKOFF_THRESHOLD, Duration.ofMinutes(10));
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_JITTER_FACTOR, 0.1);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_ATTEMPTS, attempts);
    }

    /**
     * A local run also chooses what a cluster's config.yaml would: state backend, checkpoint
     * storage, where every socket listens ({@code pipeline.bindAddress}, 127.0.0.1 by default: web
     * UI and REST, blob server, RPC, data exchange and metrics), and fewer restarts. Checkpoints
     * are kept when the run is stopped, to resume from.
     */
    public static Configuration forLocalRun(PipelineSettings settings, String checkpointDir) {
        Configuration conf = forJob(settings);
        // Waits 1 s, 2 s, 4 s, then the run fails with its last cause.
        restarts(conf, 2.0, Duration.ofSeconds(10), LOCAL_RESTART_ATTEMPTS);
        conf.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        conf.set(StateBackendOptions.STATE_BACKEND, settings.stateBackend.flinkName());
        conf.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, settings.incrementalCheckpoints);
        conf.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.ofMebiBytes(settings.managedMemoryMb));
        // Flink reserves 64 MiB of network buffers, all allocated at start: a local run's subtasks
        // exchange over a few channels each, and 8 MiB a subtask (256 buffers of 32 KiB) is several
        // times what their gates need. The rest shows in the peak RSS.
        MemorySize network = MemorySize.ofMebiBytes(Math.max(16, 8L * settings.parallelism));
        conf.set(TaskManagerOptions.NETWORK_MEMORY_MIN, network);
        conf.set(TaskManagerOptions.NETWORK_MEMORY_MAX, network);
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDir);
        listenOn(conf, settings.bindAddress);
        if (settings.webUiPort > 0) {
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

    /**
     * Binds the embedded cluster's sockets to {@code bindAddress}; the addresses it announces to
     * itself stay on loopback when it binds every interface.
     */
    private static void listenOn(Configuration conf, String bindAddress) {
        boolean wildcard = "0.0.0.0".equals(bindAddress) || "::".equals(bindAddress);
        String address = wildcard ? "127.0.0.1" : bindAddress;
        conf.set(RestOptions.BIND_ADDRESS, bindAddress);
        conf.set(RestOptions.ADDRESS, address);
        conf.set(JobManagerOptions.BIND_HOST, bindAddress);
        conf.set(JobManagerOptions.ADDRESS, address);
        conf.set(TaskManagerOptions.BIND_HOST, bindAddress);
        conf.set(TaskManagerOptions.HOST, address);
    }
}

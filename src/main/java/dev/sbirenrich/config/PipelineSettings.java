package dev.sbirenrich.config;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;

/**
 * How the Flink job is shaped and run. Every field has a documented default (docs/configuration.md).
 * Immutable: bound once from YAML and the command line ({@link EnrichmentSettings#resolve}).
 */
public final class PipelineSettings implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Where the job's state lives; its Flink name is {@code state.backend.type}'s value. */
    public enum StateBackend {
        HASHMAP, ROCKSDB;

        @JsonValue
        public String flinkName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Parallelism of every operator. */
    public final int parallelism;
    /**
     * Directory of reference snapshots, reused across runs; on a cluster a path every TaskManager
     * can read. Null: {@code $SBIR_ENRICH_REFERENCE_STORE}, else {@code ~/.cache/sbir-enrich/reference}.
     */
    public final String referenceStore;
    /**
     * Checkpoint interval in milliseconds (streaming mode); 0 picks one: 2 s when the awards
     * input ends (a bounded run finishes at the first checkpoint after its input is read, and a
     * checkpoint holds a few kilobytes), 30 s when the job watches its awards paths (every
     * checkpoint that follows new awards starts new part files).
     */
    public final long checkpointIntervalMs;
    /**
     * State backend for local runs: hashmap (default) or rocksdb. The job's state is small (source
     * positions, the snapshot descriptor, the quality monitor's tallies, the sinks' pending files:
     * 0.06 MiB at full scale), so the heap holds it without RocksDB's per-event serialisation.
     */
    public final StateBackend stateBackend;
    /** Managed memory of the local TaskManager in MiB: RocksDB's block cache and write buffers when it is the backend. */
    public final int managedMemoryMb;
    /** Incremental checkpoints (RocksDB). */
    public final boolean incrementalCheckpoints;
    /** Where checkpoints go; default: {@code <output>/_checkpoints}. */
    public final String checkpointDir;
    /** Port of the Flink web UI and REST API in local runs; 0 disables the web UI. */
    public final int webUiPort;
    /** Awards sources idle this long no longer hold back event time (monitoring of growing inputs). */
    public final long awardsIdleTimeoutMs;
    /** Prometheus reporter port or range ("9250-9260") in local runs; null: no reporter. */
    public final String metricsPort;
    /**
     * Where a local run's sockets listen (web UI and REST, metrics, blob server, RPC, data
     * exchange): loopback by default; "0.0.0.0" exposes them to the network.
     */
    public final String bindAddress;

    /** Awards paths are re-scanned for new files this often; 0 reads them once and the job ends with its input. */
    public final long awardsMonitorIntervalMs;
    /**
     * A directory a watching job re-scans for new recipients dump files: each is built into a
     * snapshot that then replaces the reference (docs/operations.md). Null: no refresh.
     */
    public final String referenceUpdates;
    /**
     * Reviewers' decisions (docs/review.md): a CSV file or a directory of them, whose verdicts
     * override the cascade for their awards. A watching job also reads each new file dropped in
     * the directory. Null: none.
     */
    public final String decisions;
    /**
     * Further Flink options of local runs, as a cluster's config.yaml would hold them (e.g. the
     * benchmark's {@code metrics.fetcher.update-interval}); applied last, so they win.
     */
    public final Map<String, String> flinkOptions;

    public PipelineSettings() {
        parallelism = 2;
        referenceStore = null;
        checkpointIntervalMs = 0;
        stateBackend = StateBackend.HASHMAP;
        managedMemoryMb = 128;
        incrementalCheckpoints = true;
        checkpointDir = null;
        webUiPort = 8081;
        awardsIdleTimeoutMs = 5_000;
        metricsPort = null;
        bindAddress = "127.0.0.1";
        awardsMonitorIntervalMs = 0;
        referenceUpdates = null;
        decisions = null;
        flinkOptions = Map.of();
    }
}

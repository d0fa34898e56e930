package dev.sbirenrich.config;

/** How the Flink job is shaped and run. Every field has a documented default (docs/configuration.md). */
public class PipelineSettings implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Parallelism of every operator. */
    public int parallelism = 2;
    /**
     * Directory of reference snapshots, reused across runs; on a cluster a path every TaskManager
     * can read. Null: {@code $SBIR_ENRICH_REFERENCE_STORE}, else {@code ~/.cache/sbir-enrich/reference}.
     */
    public String referenceStore;
    /**
     * Checkpoint interval in milliseconds (streaming mode); 0 picks one: 2 s when the awards
     * input ends (a bounded run finishes at the first checkpoint after its input is read, and a
     * checkpoint holds a few kilobytes), 30 s when the job watches its awards paths (every
     * checkpoint that follows new awards starts new part files).
     */
    public long checkpointIntervalMs = 0;
    /**
     * State backend for local runs: "hashmap" (default) or "rocksdb". The job's state is small (source
     * positions, the snapshot descriptor, the quality monitor's tallies, the sinks' pending files:
     * 0.06 MiB at full scale), so the heap holds it without RocksDB's per-event serialisation.
     */
    public String stateBackend = "hashmap";
    /** Managed memory of the local TaskManager in MiB: RocksDB's block cache and write buffers when it is the backend. */
    public int managedMemoryMb = 128;
    /** Incremental checkpoints (RocksDB). */
    public boolean incrementalCheckpoints = true;
    /** Where checkpoints go; default: {@code <output>/_checkpoints}. */
    public String checkpointDir;
    /** Port of the Flink web UI and REST API in local runs; 0 disables the web UI. */
    public int webUiPort = 8081;
    /** Awards sources idle this long no longer hold back event time (monitoring of growing inputs). */
    public long awardsIdleTimeoutMs = 5_000;
    /** Prometheus reporter port or range ("9250-9260") in local runs; null: no reporter. */
    public String metricsPort;
    /**
     * Where a local run's sockets listen (web UI and REST, metrics, blob server, RPC, data
     * exchange): loopback by default; "0.0.0.0" exposes them to the network.
     */
    public String bindAddress = "127.0.0.1";

    /** Awards paths are re-scanned for new files this often; 0 reads them once and the job ends with its input. */
    public long awardsMonitorIntervalMs = 0;
    /**
     * A directory a watching job re-scans for new recipients dump files: each is built into a
     * snapshot that then replaces the reference (docs/operations.md). Null: no refresh.
     */
    public String referenceUpdates;
    /**
     * Further Flink options of local runs, as a cluster's config.yaml would hold them (e.g. the
     * benchmark's {@code metrics.fetcher.update-interval}); applied last, so they win.
     */
    public java.util.Map<String, String> flinkOptions = new java.util.TreeMap<>();

    public PipelineSettings() {}
}

package dev.sbirenrich.config;

/** How the Flink job is shaped and run. Every field has a documented default (docs/configuration.md). */
public class PipelineSettings implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Parallelism of every operator. */
    public int parallelism = 2;
    /** "streaming" (default, checkpoints on) or "batch". */
    public String runtimeMode = "streaming";
    /** "keyed" (default: reference in keyed RocksDB state, partitioned) or "broadcast" (small reference sets only). */
    public String stateLayout = "keyed";
    /** Checkpoint interval in milliseconds (streaming mode). */
    public long checkpointIntervalMs = 30_000;
    /** State backend for local runs: "rocksdb" (default) or "hashmap". */
    public String stateBackend = "rocksdb";
    /** Managed memory of the local TaskManager in MiB: RocksDB's block cache and write buffers. */
    public int managedMemoryMb = 1024;
    /** Incremental RocksDB checkpoints. */
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
    /** Name of the loaded recipient dump; a resumed job with a new name replaces the reference (docs/operations.md). */
    public String referenceVersion = "";
    /** Test only: the first attempt of enrichment subtask 0 fails after this many awards (0: off). */
    public long failAfterAwards = 0;
    /** Test only: each enrichment subtask takes at most this many awards per second (0: no limit). */
    public int throttleAwardsPerSecond = 0;
    /**
     * Further Flink options of local runs, as a cluster's config.yaml would hold them (e.g. the
     * benchmark's {@code metrics.fetcher.update-interval}); applied last, so they win.
     */
    public java.util.Map<String, String> flinkOptions = new java.util.TreeMap<>();

    public PipelineSettings() {}
}

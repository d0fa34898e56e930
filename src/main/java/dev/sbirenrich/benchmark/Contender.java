package dev.sbirenrich.benchmark;

/** What the benchmark runs side by side on the same files. */
public enum Contender {
    FLINK_KEYED("flink-keyed", "the job as users run it: STREAMING, keyed RocksDB state, checkpoints on"),
    FLINK_BROADCAST("flink-broadcast", "the same job with the broadcast-state layout (reference copied to every subtask)"),
    FLINK_BATCH("flink-batch", "the same job in BATCH mode (keyed inputs sorted, no RocksDB, no checkpoints): for one-shot backfills"),
    DUCKDB("duckdb", "DuckDB SQL: UEI and DUNS joins, blocked Jaro-Winkler name join (peer.DuckDbEnrichment)");

    /** The contender regressions are judged on. */
    public static final Contender JUDGED = FLINK_KEYED;

    public final String label;
    public final String description;

    Contender(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public static Contender parse(String label) {
        for (Contender c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("contender must be flink-keyed, flink-broadcast, flink-batch or duckdb, not " + label);
    }
}

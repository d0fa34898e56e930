package dev.sbirenrich.benchmark;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** What the benchmark runs side by side on the same files. */
public enum Contender {
    FLINK_COLD("flink-cold", "the job with an empty reference store (a fresh one each round): the snapshot is built, then the awards run",
            true),
    FLINK_WARM("flink-warm", "the same job with a reference store that already holds the snapshot (built once, untimed, before the rounds)",
            true),
    DUCKDB("duckdb", "DuckDB SQL: UEI and DUNS joins, blocked Jaro-Winkler name join (peer.DuckDbEnrichment)", false),
    PLAIN_JAVA("plain-java", "the job's own code without Flink: the warm store's snapshot, the award reader, matcher and JSON "
            + "writer on plain threads in one JVM (peer.PlainJavaEnrichment); what Flink's runtime adds is the difference", false);

    /**
     * The contender regressions are judged on: the steady state, where the recipients dump has not
     * changed since the last run and its snapshot is found in the store. flink-cold (a new dump)
     * is also compared with its baseline and reported, but does not decide the verdict.
     */
    public static final Contender JUDGED = FLINK_WARM;
    /** The peer every Flink contender is set against in the same benchmark. */
    public static final Contender PEER = DUCKDB;

    /** Labels of contenders that earlier designs ran: they stay readable in the history. */
    private static final Map<String, String> REMOVED = Map.of(
            "flink-keyed", "keyed RocksDB state is gone: the reference is a snapshot (flink-cold builds it, flink-warm reuses it)",
            "flink-broadcast", "the --state-layout option is gone: every run uses the reference snapshot",
            "flink-batch", "BATCH runtime mode is being removed (it no longer pays)");

    public final String label;
    public final String description;
    /** Runs the job (bin/sbir-enrich run) against a reference store. */
    public final boolean flink;

    Contender(String label, String description, boolean flink) {
        this.label = label;
        this.description = description;
        this.flink = flink;
    }

    /** Whether its rounds share the warm store, which holds the snapshot before the first timed round. */
    public boolean usesWarmStore() {
        return this == FLINK_WARM || this == PLAIN_JAVA;
    }

    public static Contender parse(String label) {
        for (Contender c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        String known = Arrays.stream(values()).map(c -> c.label).collect(Collectors.joining(", "));
        String removed = REMOVED.get(label);
        throw new IllegalArgumentException(removed != null
                ? "contender " + label + " was removed (" + removed + "); choose from " + known
                : "contender must be one of " + known + ", not " + label);
    }

    /** Whether a history label is one of today's contenders (else it is shown as history only). */
    static boolean isCurrent(String label) {
        return Arrays.stream(values()).anyMatch(c -> c.label.equals(label));
    }
}

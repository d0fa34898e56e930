package dev.sbirenrich.benchmark;

import dev.sbirenrich.reference.ReferenceStore;
import dev.sbirenrich.reference.SnapshotManifest;
import dev.sbirenrich.run.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The reference stores of the Flink contenders under the benchmark's work directory. flink-cold gets
 * a new, empty store every round (so each of its runs builds the snapshot) that is deleted after
 * the round; flink-warm shares one store for all rounds, which must hold the snapshot before its
 * first timed round.
 */
final class ReferenceStores {
    static final String STORE_DIR = "reference-store";
    static final String WARM_STORE = "flink-warm-reference-store";

    private final Path work;

    ReferenceStores(Path work) {
        this.work = work;
    }

    /** The warm contender's store, shared by its rounds. */
    Path warm() {
        return work.resolve(WARM_STORE);
    }

    /**
     * The store a contender's round runs with: the warm store, or the cold round's own store,
     * created empty (anything there is deleted first).
     */
    Path forRound(Contender contender, Path roundDir) throws IOException {
        if (contender.usesWarmStore()) {
            return warm();
        }
        Path store = roundDir.resolve(STORE_DIR);
        Reports.deleteTree(store);
        Files.createDirectories(store);
        return store;
    }

    /** After a round: a cold store and its snapshot go (hundreds of MiB at full scale); the warm one stays. */
    void release(Contender contender, Path store) throws IOException {
        if (!contender.usesWarmStore()) {
            Reports.deleteTree(store);
        }
    }

    /** Ids of the published snapshots in a store, newest first; none for a missing or empty store. */
    static List<String> snapshots(Path store) throws IOException {
        return new ReferenceStore(store).list().stream().map((SnapshotManifest m) -> m.id).toList();
    }

    /**
     * Why a run's figures do not measure its contender, or null when they do: a cold run must have
     * built its snapshot and a warm run must have found it.
     */
    static String discardReason(Contender contender, RunSummary summary) {
        if (!contender.flink) {
            return null;
        }
        if (summary.referenceReused == null || summary.referenceLoadMs == null) {
            return "run-summary.json has no reference_reused or reference_load_ms";
        }
        if (contender == Contender.FLINK_COLD && summary.referenceReused) {
            return "the cold store already held snapshot " + summary.referenceSnapshot + ": nothing was built";
        }
        if (contender == Contender.FLINK_WARM && !summary.referenceReused) {
            return "the warm store did not hold snapshot " + summary.referenceSnapshot + ": it was built";
        }
        return null;
    }
}

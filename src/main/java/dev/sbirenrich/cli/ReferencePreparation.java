package dev.sbirenrich.cli;

import dev.sbirenrich.config.EnrichmentSettings;
import dev.sbirenrich.reference.ReferenceInput;
import dev.sbirenrich.reference.ReferenceStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/** Puts the run's reference snapshot in the store before the job starts: reused when there, else built. */
final class ReferencePreparation {
    private ReferencePreparation() {}

    /** The snapshot, and how long finding or building it took. */
    record Prepared(ReferenceStore.Ensured snapshot, long millis) {}

    static Prepared prepare(ReferenceInput input, EnrichmentSettings settings, PrintStream console) throws IOException {
        ReferenceStore store = new ReferenceStore(Path.of(settings.pipeline.referenceStore));
        long start = System.nanoTime();
        ReferenceStore.Ensured ensured = store.ensure(input, Runtime.getRuntime().availableProcessors(), rows -> {});
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!ensured.reused()) {
            // The build's working set (index entries, records) is garbage now: a full collection
            // lets the heap shrink before the award phase maps the snapshot, which keeps the
            // process's peak memory at the larger of the two phases instead of their sum.
            System.gc();
        }
        var manifest = ensured.manifest();
        console.printf(Locale.ROOT, "reference snapshot %s: %s, %,d rows (%,d rejected) in %.1f s, store %s%n",
                manifest.id, ensured.reused() ? "reused" : "built", manifest.rows, manifest.rejected, millis / 1000.0,
                store.root());
        return new Prepared(ensured, millis);
    }
}

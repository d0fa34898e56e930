package dev.sbirenrich.cli;

import dev.sbirenrich.config.EnrichmentSettings;
import dev.sbirenrich.reference.ReferenceInput;
import dev.sbirenrich.reference.ReferenceStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongConsumer;

/** Puts the run's reference snapshot in the store before the job starts: reused when there, else built. */
final class ReferencePreparation {
    private ReferencePreparation() {}

    /** The snapshot, and how long finding or building it took. */
    record Prepared(ReferenceStore.Ensured snapshot, long millis) {}

    static Prepared prepare(ReferenceInput input, EnrichmentSettings settings, PrintStream console) throws IOException {
        ReferenceStore store = new ReferenceStore(Path.of(settings.pipeline.referenceStore));
        long start = System.nanoTime();
        ReferenceStore.Ensured ensured = store.ensure(input, Runtime.getRuntime().availableProcessors(),
                new BuildProgress(console, start));
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!ensured.reused()) {
            // The build's working set (index entries, records) is garbage now: a full collection
            // lets the heap shrink, and frees the direct buffers, before the award phase opens the
            // snapshot, which keeps the process's peak memory at the larger of the two phases
            // instead of their sum, and leaves the snapshot the direct memory to load into.
            System.gc();
        }
        var manifest = ensured.manifest();
        console.printf(Locale.ROOT, "reference snapshot %s: %s, %,d rows (%,d rejected) in %.1f s, store %s%n",
                manifest.id, ensured.reused() ? "reused" : "built", manifest.rows, manifest.rejected, millis / 1000.0,
                store.root());
        return new Prepared(ensured, millis);
    }

    /** A line every few seconds while a snapshot is built: a full-scale build takes a while, and says nothing else. */
    private static final class BuildProgress implements LongConsumer {
        private static final long EVERY_NANOS = 5_000_000_000L;
        private final PrintStream console;
        private final long start;
        private long next;

        BuildProgress(PrintStream console, long start) {
            this.console = console;
            this.start = start;
            this.next = start + EVERY_NANOS;
        }

        @Override
        public void accept(long rows) {
            long now = System.nanoTime();
            if (now >= next) {
                next = now + EVERY_NANOS;
                console.printf(Locale.ROOT, "reference snapshot: building, %,d recipients read in %.0f s%n", rows,
                        (now - start) / 1e9);
            }
        }
    }
}

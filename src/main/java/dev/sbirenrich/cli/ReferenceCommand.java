package dev.sbirenrich.cli;

import dev.sbirenrich.config.EnrichmentSettings;
import dev.sbirenrich.reference.ReferenceStore;
import dev.sbirenrich.reference.SavepointPins;
import dev.sbirenrich.reference.SnapshotManifest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reference", mixinStandardHelpOptions = true,
        description = "Build, list and prune the reference snapshots in a reference store.",
        subcommands = {ReferenceCommand.Build.class, ReferenceCommand.ListSnapshots.class, ReferenceCommand.Prune.class})
public class ReferenceCommand {
    /** The store option of every subcommand. */
    static class StoreOption {
        @Option(names = "--reference-store", paramLabel = "DIR",
                description = "The reference store (default: $SBIR_ENRICH_REFERENCE_STORE, else ~/.cache/sbir-enrich/reference).")
        Path store;

        ReferenceStore open() {
            return new ReferenceStore(store != null ? store : ReferenceStore.defaultRoot());
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build the snapshot of a recipients dump (or find it in the store) and print its id.")
    static class Build implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        RecipientsOptions recipients;

        @picocli.CommandLine.Mixin
        StoreOption store;

        @Override
        public Integer call() throws IOException {
            EnrichmentSettings settings = EnrichmentSettings.defaults()
                    .with(Map.of("pipeline.referenceStore", store.open().root().toString()));
            var prepared = ReferencePreparation.prepare(recipients.input(), settings, System.err);
            System.out.println(prepared.snapshot().descriptor().id);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the store's snapshots, newest first.")
    static class ListSnapshots implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        StoreOption store;

        @Override
        public Integer call() throws IOException {
            ReferenceStore opened = store.open();
            List<SnapshotManifest> all = opened.list();
            PrintStream out = System.out;
            if (all.isEmpty()) {
                out.println("No snapshots in " + opened.root());
                return 0;
            }
            out.printf(Locale.ROOT, "%-24s %12s %10s  %-24s %s%n", "id", "rows", "size", "created", "inputs");
            for (SnapshotManifest m : all) {
                out.printf(Locale.ROOT, "%-24s %,12d %7.1f MB  %-24s %s (%s)%n", m.id, m.rows,
                        m.totalBytes() / 1e6, m.createdAt, String.join(",", m.inputs), m.inputFormat);
            }
            return 0;
        }
    }

    @Command(name = "prune", mixinStandardHelpOptions = true,
            description = "Delete all but the newest snapshots, sparing any that a savepoint or checkpoint still names.")
    static class Prune implements Callable<Integer> {
        @Option(names = "--keep", paramLabel = "N", defaultValue = "2",
                description = "How many of the newest snapshots to keep (default: ${DEFAULT-VALUE}).")
        int keep;

        @Option(names = "--savepoints", split = ",", paramLabel = "DIR",
                description = "Savepoint or checkpoint directories to search for snapshots still in use"
                        + " (e.g. the cluster's execution.checkpointing.savepoint-dir, a run's _checkpoints).")
        List<Path> savepoints = new ArrayList<>();

        @picocli.CommandLine.Mixin
        StoreOption store;

        @Override
        public Integer call() throws IOException {
            if (keep < 0) {
                throw new UsageException("--keep must be 0 or more");
            }
            ReferenceStore opened = store.open();
            Set<String> pinned = SavepointPins.find(savepoints, opened.list());
            List<String> deleted = opened.prune(keep, pinned);
            for (String id : pinned) {
                System.out.println("kept " + id + " (named by a savepoint)");
            }
            for (String id : deleted) {
                System.out.println("deleted " + id);
            }
            System.out.printf("%d deleted, %d left in %s%n", deleted.size(), opened.list().size(), opened.root());
            return 0;
        }
    }
}

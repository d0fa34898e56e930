package dev.sbirenrich.reference;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The snapshots open in this process, shared by every subtask in it: a TaskManager opens each
 * snapshot once, and verifies its checksum once, whatever its slot count. Counted, so a snapshot
 * that no subtask uses any more is dropped (its memory and mappings go with the garbage).
 */
public final class OpenSnapshots {
    private static final Logger LOG = LoggerFactory.getLogger(OpenSnapshots.class);
    private static final Map<SnapshotDescriptor, Open> OPEN = new HashMap<>();

    private OpenSnapshots() {}

    /** Opens (and on first use verifies) the described snapshot; call {@link #release} when done. */
    public static synchronized ReferenceSnapshot acquire(SnapshotDescriptor descriptor) {
        Open open = OPEN.get(descriptor);
        if (open == null) {
            open = new Open(ReferenceSnapshot.open(Path.of(descriptor.location), descriptor.checksum, true));
            long loaded = open.snapshot.loadedBytes();
            LOG.info("reference snapshot {} open: {}", descriptor.id, loaded > 0
                    ? (loaded >> 20) + " MiB of index, directory and records read into direct memory"
                    : "all mapped (its index, directory and records need more than half the direct memory left)");
            OPEN.put(descriptor, open);
        }
        open.users++;
        return open.snapshot;
    }

    public static synchronized void release(SnapshotDescriptor descriptor) {
        Open open = OPEN.get(descriptor);
        if (open != null && --open.users == 0) {
            OPEN.remove(descriptor);
        }
    }

    private static final class Open {
        final ReferenceSnapshot snapshot;
        int users;

        Open(ReferenceSnapshot snapshot) {
            this.snapshot = snapshot;
        }
    }
}

package dev.sbirenrich.reference;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The snapshots open in this process, shared by every subtask in it: a TaskManager maps each
 * snapshot once, and verifies its checksum once, whatever its slot count. Counted, so a snapshot
 * that no subtask uses any more is dropped (its mapping goes with the garbage).
 */
public final class OpenSnapshots {
    private static final Map<SnapshotDescriptor, Open> OPEN = new HashMap<>();

    private OpenSnapshots() {}

    /** Opens (and on first use verifies) the described snapshot; call {@link #release} when done. */
    public static synchronized ReferenceSnapshot acquire(SnapshotDescriptor descriptor) {
        Open open = OPEN.get(descriptor);
        if (open == null) {
            open = new Open(ReferenceSnapshot.open(Path.of(descriptor.location), descriptor.checksum, true));
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

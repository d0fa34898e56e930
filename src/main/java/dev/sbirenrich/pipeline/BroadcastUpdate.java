package dev.sbirenrich.pipeline;

import dev.sbirenrich.model.Decision;
import dev.sbirenrich.reference.SnapshotDescriptor;

/**
 * What reaches every enrichment subtask on its broadcast input: a reference snapshot to switch to,
 * or reviewers' decisions to honour from then on. Exactly one of the two is set.
 */
public class BroadcastUpdate {
    public SnapshotDescriptor snapshot;
    public Decision[] decisions;

    public BroadcastUpdate() {}

    static BroadcastUpdate of(SnapshotDescriptor snapshot) {
        BroadcastUpdate update = new BroadcastUpdate();
        update.snapshot = snapshot;
        return update;
    }

    static BroadcastUpdate of(Decision[] decisions) {
        BroadcastUpdate update = new BroadcastUpdate();
        update.decisions = decisions;
        return update;
    }
}

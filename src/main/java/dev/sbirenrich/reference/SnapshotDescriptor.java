package dev.sbirenrich.reference;

import java.util.Objects;

/**
 * Which snapshot an enrichment uses: what broadcast state and checkpoints carry instead of the
 * reference itself. A Flink POJO.
 */
public class SnapshotDescriptor implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    public String id;
    /** The snapshot's directory, readable by every TaskManager. */
    public String location;
    public long rows;
    public long checksum;

    public SnapshotDescriptor() {}

    public SnapshotDescriptor(String id, String location, long rows, long checksum) {
        this.id = id;
        this.location = location;
        this.rows = rows;
        this.checksum = checksum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SnapshotDescriptor d && Objects.equals(id, d.id) && Objects.equals(location, d.location)
                && rows == d.rows && checksum == d.checksum;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, location, rows, checksum);
    }

    @Override
    public String toString() {
        return id + " (" + rows + " rows, " + location + ")";
    }
}

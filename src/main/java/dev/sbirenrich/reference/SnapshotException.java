package dev.sbirenrich.reference;

/**
 * A snapshot that cannot be used: missing, corrupt or of another format. The message is one line
 * that names the snapshot and how to rebuild it. Retrying cannot help.
 */
public class SnapshotException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public SnapshotException(String message) {
        super(message);
    }

    public SnapshotException(String message, Throwable cause) {
        super(message, cause);
    }
}

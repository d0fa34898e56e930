package dev.sbirenrich.model;

/** The id of an input record, "file#record": unique over a run's inputs, stable across runs. */
public final class RecordId {
    private RecordId() {}

    public static String of(String file, long record) {
        return file + "#" + record;
    }

    /** The last segment of a path or URI: a file's name without its directory. */
    public static String fileName(String path) {
        return path == null ? null : path.substring(path.lastIndexOf('/') + 1);
    }
}

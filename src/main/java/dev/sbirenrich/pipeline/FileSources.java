package dev.sbirenrich.pipeline;

import dev.sbirenrich.io.RecipientColumns;
import dev.sbirenrich.model.Award;
import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;

/** File sources over files or directories (recursive, hidden files skipped, .gz transparent). */
public final class FileSources {
    private FileSources() {}

    /**
     * @param monitorInterval how often the paths are re-scanned for new files (a file is read
     *     once, also across savepoints); zero reads them once, and the awards input ends
     */
    public static FileSource<Award> awards(List<String> awards, Duration monitorInterval) {
        var source = FileSource.forBulkFileFormat(RecordFileFormat.awards(), paths(awards));
        if (!monitorInterval.isZero()) {
            source.monitorContinuously(monitorInterval);
        }
        return source.build();
    }

    /** Each new recipients dump file dropped under {@code directory}, by its path, once. */
    public static ReferenceUpdates referenceUpdates(String directory, Duration monitorInterval, String store,
            RecipientColumns columns) {
        return new ReferenceUpdates(newFiles(directory, monitorInterval), store, columns);
    }

    /** Each new file dropped under {@code directory} (decisions files, recipients dumps), by its path, once. */
    public static FileSource<String> newFiles(String directory, Duration monitorInterval) {
        return FileSource.forBulkFileFormat(RecordFileFormat.paths(), paths(List.of(directory)))
                .monitorContinuously(monitorInterval)
                .build();
    }

    /** A path this module's file sources gave out (a file URI or a plain path), as a local path. */
    static java.nio.file.Path localPath(String location) {
        return (location.startsWith("file:") ? java.nio.file.Path.of(URI.create(location))
                : java.nio.file.Path.of(location)).toAbsolutePath().normalize();
    }

    private static Path[] paths(List<String> locations) {
        // Local paths become absolute file URIs; anything with a scheme (s3://, hdfs://) passes through.
        return locations.stream()
                .map(l -> l.contains("://") ? new Path(l) : new Path(new File(l).getAbsoluteFile().toURI()))
                .toArray(Path[]::new);
    }
}

package dev.sbirenrich.pipeline;

import dev.sbirenrich.io.RecipientColumns;
import dev.sbirenrich.model.Award;
import java.io.File;
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
        var source = FileSource.forBulkFileFormat(RecordFileFormat.paths(), paths(List.of(directory)))
                .monitorContinuously(monitorInterval)
                .build();
        return new ReferenceUpdates(source, store, columns);
    }

    private static Path[] paths(List<String> locations) {
        // Local paths become absolute file URIs; anything with a scheme (s3://, hdfs://) passes through.
        return locations.stream()
                .map(l -> l.contains("://") ? new Path(l) : new Path(new File(l).getAbsoluteFile().toURI()))
                .toArray(Path[]::new);
    }
}

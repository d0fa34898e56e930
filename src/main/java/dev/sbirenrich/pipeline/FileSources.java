package dev.sbirenrich.pipeline;

import dev.sbirenrich.io.RecipientColumns;
import dev.sbirenrich.io.RecordFileFormat;
import java.io.File;
import java.time.Duration;
import java.util.List;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;

/** Bounded file sources over files or directories (recursive, hidden files skipped, .gz transparent). */
public final class FileSources {
    private FileSources() {}

    /**
     * @param recipientColumns column order of a pg-copy dump; null means the CSV export with a header
     */
    public static PipelineSources of(List<String> awards, List<String> recipients, RecipientColumns recipientColumns) {
        return of(awards, recipients, recipientColumns, Duration.ZERO);
    }

    /**
     * @param awardsMonitorInterval how often the awards paths are re-scanned for new files (a file
     *     is read once, also across savepoints); zero reads them once, and the awards input ends
     */
    public static PipelineSources of(List<String> awards, List<String> recipients, RecipientColumns recipientColumns,
            Duration awardsMonitorInterval) {
        var recipientFormat = recipientColumns == null
                ? RecordFileFormat.recipientsCsv()
                : RecordFileFormat.recipientsPgCopy(recipientColumns);
        var awardsSource = FileSource.forBulkFileFormat(RecordFileFormat.awards(), paths(awards));
        if (!awardsMonitorInterval.isZero()) {
            awardsSource.monitorContinuously(awardsMonitorInterval);
        }
        return new PipelineSources(
                awardsSource.build(),
                FileSource.forBulkFileFormat(recipientFormat, paths(recipients)).build());
    }

    private static Path[] paths(List<String> locations) {
        // Local paths become absolute file URIs; anything with a scheme (s3://, hdfs://) passes through.
        return locations.stream()
                .map(l -> l.contains("://") ? new Path(l) : new Path(new File(l).getAbsoluteFile().toURI()))
                .toArray(Path[]::new);
    }
}

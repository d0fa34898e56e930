package dev.sbirenrich.io;

import dev.sbirenrich.metrics.InputProgress;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.Recipient;
import java.io.IOException;
import java.io.InputStream;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.ArrayResultIterator;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.core.fs.Path;

/**
 * The Flink file-source format for any {@link RecordReader}: the only Flink-aware class of the io
 * package. A {@link BulkFormat} rather than a StreamFormat because a StreamFormat reader is not told
 * the file's path, and every record carries its file name. Files are never split (CSV records span
 * lines; gzip cannot be split). Positions are "records emitted since the start of the file", so a
 * restore reopens the file and skips exactly what was already emitted.
 */
public final class RecordFileFormat<T> implements BulkFormat<T, FileSourceSplit> {
    private static final long serialVersionUID = 1L;
    static final int BATCH_SIZE = 1000;

    private final Class<T> type;
    private final RecordReaderFactory<T> factory;

    private RecordFileFormat(Class<T> type, RecordReaderFactory<T> factory) {
        this.type = type;
        this.factory = factory;
    }

    public static RecordFileFormat<Award> awards() {
        return new RecordFileFormat<>(Award.class, AwardCsvReader::new);
    }

    public static RecordFileFormat<Recipient> recipientsCsv() {
        return new RecordFileFormat<>(Recipient.class, RecipientCsvReader::new);
    }

    public static RecordFileFormat<Recipient> recipientsPgCopy(RecipientColumns columns) {
        return new RecordFileFormat<>(Recipient.class, PgCopyRecipientReader.factory(columns));
    }

    /** Each file's path, once (a file is one recipients dump to build a snapshot of). */
    public static RecordFileFormat<String> paths() {
        return new RecordFileFormat<>(String.class, PathReader::new);
    }

    @Override
    public Reader<T> createReader(Configuration config, FileSourceSplit split) throws IOException {
        return open(split, 0);
    }

    @Override
    public Reader<T> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
        return open(split, split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L));
    }

    private Reader<T> open(FileSourceSplit split, long skip) throws IOException {
        Path path = split.path();
        String fileName = path.toString();
        // Raw (compressed) bytes are counted so progress compares with the file length.
        InputProgress.FileProgress progress =
                InputProgress.track(type, fileName, split.length(), path.getFileSystem().open(path));
        InputStream in = Decompression.open(fileName, progress.stream());
        RecordReader<T> records;
        try {
            records = factory.open(fileName, in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        long skipped = 0;
        while (skipped < skip && records.next() != null) {
            skipped++;
        }
        return new BatchReader<>(records, skip, progress);
    }

    @Override
    public boolean isSplittable() {
        return false;
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return TypeInformation.of(type);
    }

    /** Hands records to Flink in batches, each record stamped with its count from the file start. */
    private static final class BatchReader<T> implements BulkFormat.Reader<T> {
        private final RecordReader<T> records;
        private final InputProgress.FileProgress progress;
        private long emitted;
        private boolean exhausted;

        BatchReader(RecordReader<T> records, long emitted, InputProgress.FileProgress progress) {
            this.records = records;
            this.emitted = emitted;
            this.progress = progress;
        }

        @Override
        @SuppressWarnings("unchecked")
        public RecordIterator<T> readBatch() throws IOException {
            if (exhausted) {
                return null;
            }
            T[] batch = (T[]) new Object[BATCH_SIZE];
            int n = 0;
            while (n < BATCH_SIZE) {
                T record = records.next();
                if (record == null) {
                    exhausted = true;
                    progress.finished();
                    break;
                }
                batch[n++] = record;
            }
            if (n == 0) {
                return null;
            }
            ArrayResultIterator<T> iterator = new ArrayResultIterator<>();
            iterator.set(batch, n, CheckpointedPosition.NO_OFFSET, emitted);
            emitted += n;
            progress.recordsEmitted(emitted);
            return iterator;
        }

        @Override
        public void close() throws IOException {
            records.close();
        }
    }
}

package dev.sbirenrich.pipeline;

import dev.sbirenrich.io.AwardCsvReader;
import dev.sbirenrich.io.Decompression;
import dev.sbirenrich.io.InputFailure;
import dev.sbirenrich.io.InputProgress;
import dev.sbirenrich.io.PathReader;
import dev.sbirenrich.io.RecipientCsvReader;
import dev.sbirenrich.io.RecordReader;
import dev.sbirenrich.io.RecordReaderFactory;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.ArrayResultIterator;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.core.fs.Path;
import org.apache.flink.runtime.execution.SuppressRestartsException;

/**
 * The Flink file-source format for any {@link RecordReader}: the only Flink-aware class of the io
 * package. A {@link BulkFormat} rather than a StreamFormat because a StreamFormat reader is not told
 * the file's path, and every record carries its file name. Files are never split (CSV records span
 * lines; gzip cannot be split). Positions are "records emitted since the start of the file", so a
 * restore reopens the file and skips exactly what was already emitted.
 *
 * <p>Failures are sorted by {@link InputFailure}. A file whose compressed data ends early or turns
 * corrupt keeps the records read before the damage and ends with one more record: a file-level
 * rejection, reason {@value #Rejection.TRUNCATED_INPUT}, numbered after the last good record (so the counts still
 * reconcile), which the quality gate fails on. Any other problem of the file itself (vanished,
 * unreadable, not the expected format) fails the job at once, past the restart strategy, with one
 * line naming the file. Transient failures are thrown as they are, for Flink to restart.
 */
public final class RecordFileFormat<T> implements BulkFormat<T, FileSourceSplit> {
    private static final long serialVersionUID = 1L;
    static final int BATCH_SIZE = 1000;
    /** Rejection reason of a file that ends early or turns corrupt. */

    private final Class<T> type;
    private final String input;
    private final RecordReaderFactory<T> factory;
    private final RejectedRecord<T> rejected;

    private RecordFileFormat(Class<T> type, String input, RecordReaderFactory<T> factory, RejectedRecord<T> rejected) {
        this.type = type;
        this.input = input;
        this.factory = factory;
        this.rejected = rejected;
    }

    public static RecordFileFormat<Award> awards() {
        return new RecordFileFormat<>(Award.class, AwardCsvReader.INPUT, AwardCsvReader::new, rejection -> {
            Award award = new Award();
            award.sourceFile = rejection.sourceFile;
            award.recordNumber = rejection.recordNumber;
            award.rejection = rejection;
            return award;
        });
    }

    /** Makes a record that carries only its rejection. */
    @FunctionalInterface
    private interface RejectedRecord<T> extends Serializable {
        T of(Rejection rejection);
    }

    /** Each file's path, once (a file is one recipients dump to build a snapshot of); its content is not read. */
    public static RecordFileFormat<String> paths() {
        return new RecordFileFormat<>(String.class, RecipientCsvReader.INPUT, PathReader::new,
                rejection -> rejection.sourceFile);
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
        try {
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
            BatchReader<T> reader = new BatchReader<>(this, fileName, records, progress);
            try {
                reader.skip(skip);
            } catch (IOException | RuntimeException e) {
                reader.close();
                throw e;
            }
            return reader;
        } catch (IOException e) {
            throw classified(input + " file " + fileName, e);
        }
    }

    /** A deterministic failure, wrapped so that Flink fails the job without restarting it; others as they are. */
    private static IOException classified(String file, IOException failure) {
        if (InputFailure.isDeterministic(failure)) {
            throw new SuppressRestartsException(InputFailure.describe(file, failure));
        }
        return failure;
    }

    @Override
    public boolean isSplittable() {
        return false;
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return TypeInformation.of(type);
    }

    /**
     * Hands records to Flink in batches, each record stamped with its count from the file start; a
     * truncation becomes the file's last record.
     */
    private static final class BatchReader<T> implements BulkFormat.Reader<T> {
        private final RecordFileFormat<T> format;
        private final String fileName;
        private final RecordReader<T> records;
        private final InputProgress.FileProgress progress;
        /** Records taken from the file so far, emitted or skipped. */
        private long read;
        private long emitted;
        private boolean exhausted;

        BatchReader(RecordFileFormat<T> format, String fileName, RecordReader<T> records,
                InputProgress.FileProgress progress) {
            this.format = format;
            this.fileName = fileName;
            this.records = records;
            this.progress = progress;
        }

        /** Skips what a restored reader had emitted already (the truncation record included). */
        void skip(long count) throws IOException {
            while (read < count) {
                if (next() == null) {
                    break;
                }
            }
            emitted = count;
        }

        /** The next record, the truncation record after the last readable one, or null at the end. */
        private T next() throws IOException {
            if (exhausted) {
                return null;
            }
            T record;
            try {
                record = records.next();
            } catch (IOException e) {
                if (!InputFailure.isTruncation(e)) {
                    throw classified(format.input + " file " + fileName, e);
                }
                exhausted = true;
                record = format.rejected.of(new Rejection(format.input, fileName, read + 1, Rejection.TRUNCATED_INPUT,
                        "the file cannot be read past record " + read + ": " + InputFailure.problem(e), ""));
            }
            if (record == null) {
                exhausted = true;
            } else {
                read++;
            }
            return record;
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
                T record = next();
                if (record == null) {
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

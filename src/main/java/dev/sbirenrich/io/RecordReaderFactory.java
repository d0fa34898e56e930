package dev.sbirenrich.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * Opens a {@link RecordReader} on a file's decompressed content; serializable so a Flink source can
 * ship it to task managers. Constructors of the readers are such factories
 * ({@code AwardCsvReader::new}).
 */
@FunctionalInterface
public interface RecordReaderFactory<T> extends Serializable {
    /** Reads the header (if any) at once, so a bad file fails here with an InputFormatException. */
    RecordReader<T> open(String fileName, InputStream in) throws IOException;
}

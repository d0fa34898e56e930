package dev.sbirenrich.io;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads one input file record by record. Every record carries its source file and 1-based record
 * number (header excluded). A row that cannot be read comes back as a record with its
 * {@code rejection} set, never as an exception, so one bad row neither stops the job nor vanishes.
 * Only file-level problems throw ({@link InputFormatException}).
 */
public interface RecordReader<T> extends Closeable {
    /** The next record, or null at the end of the file. */
    T next() throws IOException;
}

package dev.sbirenrich.io;

import java.io.IOException;
import java.io.InputStream;

/** A reader whose one record is its file's name: a file source of whole files, not of their rows. */
public final class PathReader implements RecordReader<String> {
    private final String fileName;
    private final InputStream in;
    private boolean read;

    public PathReader(String fileName, InputStream in) {
        this.fileName = fileName;
        this.in = in;
    }

    @Override
    public String next() {
        if (read) {
            return null;
        }
        read = true;
        return fileName;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

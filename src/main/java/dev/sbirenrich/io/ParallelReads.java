package dev.sbirenrich.io;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Reads that run on other threads: their failures reach the caller as they were thrown. */
public final class ParallelReads {
    private ParallelReads() {}

    /** The result of {@code read}; its IOException or RuntimeException is rethrown as it is. */
    public static <T> T await(Future<T> read) throws IOException, InterruptedException {
        try {
            return read.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }
}

package dev.sbirenrich.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far the file readers of this JVM have got, per input file: raw bytes consumed (compressed
 * bytes for .gz, so they compare with the file length), records emitted, and whether the file is
 * finished. Flink's file source has no byte-progress metric and a format reader cannot reach the
 * metric system, so readers report here and the input gauges (metrics.InputMetrics) and the console
 * progress line read it. Pure Java; one writer (the split reader) per file.
 */
public final class InputProgress {
    private static final Map<String, FileProgress> FILES = new ConcurrentHashMap<>();

    private InputProgress() {}

    /** Starts tracking {@code file} (replacing an earlier attempt's entry) and counts what {@code raw} delivers. */
    public static FileProgress track(Class<?> input, String file, long length, InputStream raw) {
        FileProgress progress = new FileProgress(input, length, raw);
        FILES.put(file, progress);
        return progress;
    }

    /** The file's progress, or null while no reader has opened it. */
    public static FileProgress of(String file) {
        return FILES.get(file);
    }

    /** Totals over every tracked file of one input type (e.g. Award.class). */
    public static Totals totals(Class<?> input) {
        return sum(FILES.values().stream().filter(f -> f.input == input).toList());
    }

    public static Totals sum(Collection<FileProgress> files) {
        long bytes = 0;
        long length = 0;
        long records = 0;
        int finished = 0;
        long lastFinish = 0;
        for (FileProgress f : files) {
            bytes += f.bytes;
            length += f.length;
            records += f.records;
            if (f.finishedAtMillis > 0) {
                finished++;
                lastFinish = Math.max(lastFinish, f.finishedAtMillis);
            }
        }
        return new Totals(bytes, length, records, files.size(), finished, lastFinish);
    }

    /** Forgets every file: a local run starts from a clean slate in a JVM that ran jobs before. */
    public static void reset() {
        FILES.clear();
    }

    /**
     * @param lastFinishMillis wall-clock time the last finished file reached its end, 0 if none
     */
    public record Totals(long bytesRead, long bytes, long records, int files, int filesFinished, long lastFinishMillis) {}

    /** One file being read. Fields are volatile: written by the reader thread, read by gauges and the console. */
    public static final class FileProgress {
        private final Class<?> input;
        private final long length;
        private final InputStream counted;
        private volatile long bytes;
        private volatile long records;
        private volatile long finishedAtMillis;

        private FileProgress(Class<?> input, long length, InputStream raw) {
            this.input = input;
            this.length = length;
            this.counted = new CountingStream(raw);
        }

        /** The stream to read the file through. */
        public InputStream stream() {
            return counted;
        }

        public void recordsEmitted(long total) {
            records = total;
        }

        public void finished() {
            finishedAtMillis = System.currentTimeMillis();
        }

        long bytes() {
            return bytes;
        }

        long length() {
            return length;
        }

        private final class CountingStream extends FilterInputStream {
            CountingStream(InputStream in) {
                super(in);
            }

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytes++;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bytes += n;
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                bytes += skipped;
                return skipped;
            }
        }
    }
}

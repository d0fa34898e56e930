package dev.sbirenrich.pipeline;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.FileSystemFactory;
import org.apache.flink.core.fs.Path;
import org.apache.flink.core.fs.local.LocalFileSystem;

/**
 * The local file system under the scheme {@code faulty://}, whose reads of a chosen file fail with a
 * chosen exception once that many bytes were read: a file that vanishes or becomes unreadable while
 * the job reads it, or a network error. It counts how often each file was opened, which shows
 * whether the job retried. Registered through META-INF/services in the test resources.
 */
public final class FaultyFileSystem extends LocalFileSystem {
    public static final String SCHEME = "faulty";
    private static final Map<String, Fault> FAULTS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> OPENS = new ConcurrentHashMap<>();

    private record Fault(long afterBytes, Supplier<IOException> failure) {}

    /** Reads of {@code file} fail with {@code failure} once {@code afterBytes} were read, at every open. */
    public static void failReads(java.nio.file.Path file, long afterBytes, Supplier<IOException> failure) {
        FAULTS.put(key(file.toAbsolutePath().toString()), new Fault(afterBytes, failure));
    }

    /** Opening {@code file} fails with {@code failure}. */
    public static void failOpen(java.nio.file.Path file, Supplier<IOException> failure) {
        failReads(file, -1, failure);
    }

    public static int opens(java.nio.file.Path file) {
        AtomicInteger n = OPENS.get(key(file.toAbsolutePath().toString()));
        return n == null ? 0 : n.get();
    }

    /** The location to give the job instead of {@code file}. */
    public static String location(java.nio.file.Path file) {
        return SCHEME + "://" + file.toAbsolutePath();
    }

    private static String key(String path) {
        return path.replaceAll("/+", "/");
    }

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    /** LocalFileSystem's {@code open(Path, int)} comes here too. */
    @Override
    public FSDataInputStream open(Path path) throws IOException {
        String key = key(path.toUri().getPath());
        OPENS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        Fault fault = FAULTS.get(key);
        if (fault != null && fault.afterBytes < 0) {
            throw fault.failure.get();
        }
        FSDataInputStream in = super.open(path);
        return fault == null ? in : new FailingStream(in, fault);
    }

    private static final class FailingStream extends FSDataInputStream {
        private final FSDataInputStream in;
        private final Fault fault;

        FailingStream(FSDataInputStream in, Fault fault) {
            this.in = in;
            this.fault = fault;
        }

        @Override
        public void seek(long position) throws IOException {
            in.seek(position);
        }

        @Override
        public long getPos() throws IOException {
            return in.getPos();
        }

        @Override
        public int read() throws IOException {
            check();
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check();
            return in.read(b, off, (int) Math.min(len, Math.max(1, fault.afterBytes - in.getPos())));
        }

        private void check() throws IOException {
            if (in.getPos() >= fault.afterBytes) {
                throw fault.failure.get();
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Flink finds file systems by scheme through this factory. */
    public static final class Factory implements FileSystemFactory {
        private static final FaultyFileSystem INSTANCE = new FaultyFileSystem();

        @Override
        public String getScheme() {
            return SCHEME;
        }

        @Override
        public FileSystem create(URI uri) {
            return INSTANCE;
        }
    }
}

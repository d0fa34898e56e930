package dev.sbirenrich.reference;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/** Writes one snapshot file sequentially through a buffer, with its CRC32C. */
final class SectionWriter implements AutoCloseable {
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
    private final CRC32C crc = new CRC32C();
    private long size;

    SectionWriter(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    void putInt(int value) throws IOException {
        room(4);
        buffer.putInt(value);
    }

    void putLong(long value) throws IOException {
        room(8);
        buffer.putLong(value);
    }

    void putInts(int[] values, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            putInt(values[i]);
        }
    }

    void put(byte[] bytes, int from, int length) throws IOException {
        while (length > 0) {
            room(1);
            int n = Math.min(length, buffer.remaining());
            buffer.put(bytes, from, n);
            from += n;
            length -= n;
        }
    }

    long size() {
        return size + buffer.position();
    }

    long crc() {
        return crc.getValue();
    }

    private void room(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            flush();
        }
    }

    private void flush() throws IOException {
        buffer.flip();
        crc.update(buffer.array(), 0, buffer.limit());
        size += buffer.limit();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    /**
     * Not forced to disk: a snapshot is checked against its checksums whenever a process opens it,
     * so one that a crash left incomplete is refused and rebuilt, never used.
     */
    @Override
    public void close() throws IOException {
        flush();
        channel.close();
    }
}

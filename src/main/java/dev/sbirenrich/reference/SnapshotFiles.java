package dev.sbirenrich.reference;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/** CRC32C of snapshot files: read through a small buffer (page cache, not the process's memory), or already in memory. */
final class SnapshotFiles {
    private SnapshotFiles() {}

    static long crc(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return crc.getValue();
    }

    /** The CRC32C of a file read into memory, from its start to its limit. */
    static long crc(ByteBuffer file) {
        CRC32C crc = new CRC32C();
        crc.update(file.duplicate());
        return crc.getValue();
    }
}

package dev.sbirenrich.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Nullable strings as a varint (UTF-8 length + 1, 0 for null) and their UTF-8 bytes in one bulk
 * write: the string form of the project's own serializers. Flink's StringSerializer writes a
 * string char by char, and every award crosses the network once with its 42 columns of text.
 */
public final class Utf8Fields {
    private Utf8Fields() {}

    public static void write(String value, DataOutputView out) throws IOException {
        if (value == null) {
            out.writeByte(0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeVarint(bytes.length + 1, out);
        out.write(bytes);
    }

    public static String read(DataInputView in) throws IOException {
        int length = readVarint(in) - 1;
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Copies {@code count} consecutive fields without decoding them. */
    static void copy(DataInputView in, DataOutputView out, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            int lengthPlusOne = readVarint(in);
            writeVarint(lengthPlusOne, out);
            if (lengthPlusOne > 1) {
                // through an array: DataOutputSerializer.write(DataInputView, int) does not grow its buffer
                byte[] bytes = new byte[lengthPlusOne - 1];
                in.readFully(bytes);
                out.write(bytes);
            }
        }
    }

    private static void writeVarint(int value, DataOutputView out) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readVarint(DataInputView in) throws IOException {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }
}

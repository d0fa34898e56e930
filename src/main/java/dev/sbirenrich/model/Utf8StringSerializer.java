package dev.sbirenrich.model;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * A String serializer for the job's keys (lookup keys, award ids, posting map keys): every RocksDB
 * access serialises its key, and iterating a posting deserialises every map key, so Flink's
 * char-by-char StringSerializer was a visible share of the index's CPU. Length-prefixed UTF-8.
 */
public final class Utf8StringSerializer extends TypeSerializerSingleton<String> {
    public static final Utf8StringSerializer INSTANCE = new Utf8StringSerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public String createInstance() {
        return "";
    }

    @Override
    public String copy(String from) {
        return from;
    }

    @Override
    public String copy(String from, String reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(String value, DataOutputView out) throws IOException {
        Utf8Fields.write(value, out);
    }

    @Override
    public String deserialize(DataInputView in) throws IOException {
        return Utf8Fields.read(in);
    }

    @Override
    public String deserialize(String reuse, DataInputView in) throws IOException {
        return Utf8Fields.read(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        Utf8Fields.copy(in, out, 1);
    }

    @Override
    public TypeSerializerSnapshot<String> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Version 1: a varint of the UTF-8 length + 1 (0 for null) and the UTF-8 bytes. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<String> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}

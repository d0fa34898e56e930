package dev.sbirenrich.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8StringSerializerTest {
    private final Utf8StringSerializer serializer = Utf8StringSerializer.INSTANCE;

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "U|ABCDEF123456", "N|ACME ROBOTICS\u0000CA\u0000SAN JOSE\u000095112\u0000r.csv#7", "Ünïcode ✓ 𝄞", "a string longer than one hundred and twenty-seven bytes, so that its length needs a second varint byte to be written down"})
    void roundTripsAndCopiesBytesUnchanged(String value) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(8);
        serializer.serialize(value, out);
        byte[] bytes = out.getCopyOfBuffer();
        assertThat(serializer.deserialize(new DataInputDeserializer(bytes))).isEqualTo(value);

        DataOutputSerializer copied = new DataOutputSerializer(8);
        serializer.copy(new DataInputDeserializer(bytes), copied);
        assertThat(copied.getCopyOfBuffer()).isEqualTo(bytes);
    }
}

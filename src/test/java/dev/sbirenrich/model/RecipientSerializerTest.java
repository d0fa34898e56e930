package dev.sbirenrich.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class RecipientSerializerTest {
    private final RecipientSerializer serializer = RecipientSerializer.INSTANCE;

    @Test
    void everyFieldSurvivesARoundTrip() throws Exception {
        Recipient original = everyFieldSet();
        assertSameFields(roundTrip(original), original);
        assertSameFields(serializer.copy(original), original);
    }

    @Test
    void nullFieldsStayNull() throws Exception {
        assertSameFields(roundTrip(new Recipient()), new Recipient());
    }

    @Test
    void copyingSerializedBytesGivesTheSameBytes() throws Exception {
        byte[] bytes = serialize(everyFieldSet());
        DataOutputSerializer copied = new DataOutputSerializer(64);
        serializer.copy(new DataInputDeserializer(bytes), copied);
        assertThat(copied.getCopyOfBuffer()).isEqualTo(bytes);
    }

    @Test
    void flinkUsesItWhereverARecipientAppears() {
        assertThat(TypeInformation.of(Recipient.class)).isEqualTo(RecipientTypeInfo.INSTANCE);
        assertThat(TypeInformation.of(Candidate.class).toString()).contains("recipient: Recipient");
    }

    @Test
    void aRestoredSnapshotIsCompatibleAsIs() throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, serializer.snapshotConfiguration());
        TypeSerializerSnapshot<Recipient> restored = TypeSerializerSnapshot.readVersionedSnapshot(
                new DataInputDeserializer(out.getCopyOfBuffer()), getClass().getClassLoader());
        TypeSerializerSchemaCompatibility<Recipient> compatibility =
                serializer.snapshotConfiguration().resolveSchemaCompatibility(restored);
        assertThat(compatibility.isCompatibleAsIs()).isTrue();
    }

    /** Every field of the class with a distinct value, found by reflection so a new field cannot be forgotten. */
    private static Recipient everyFieldSet() throws Exception {
        Recipient recipient = new Recipient();
        for (Field field : instanceFields(Recipient.class)) {
            if (field.getType() == String.class) {
                // longer than 127 bytes: the length takes two varint bytes
                field.set(recipient, field.getName() + " Ünïcode ✓ " + "X".repeat(130));
            } else if (field.getType() == long.class) {
                field.setLong(recipient, 9_000_000_001L);
            } else if (field.getType() == Rejection.class) {
                field.set(recipient, new Rejection("recipients", "r.csv", 7, "column-count", "12 of 13", "a,b"));
            } else {
                throw new AssertionError("RecipientSerializer does not know field type " + field);
            }
        }
        return recipient;
    }

    private static void assertSameFields(Recipient actual, Recipient expected) throws Exception {
        for (Field field : instanceFields(Recipient.class)) {
            if (field.getType() == Rejection.class) {
                assertThat(field.get(actual)).usingRecursiveComparison().isEqualTo(field.get(expected));
            } else {
                assertThat(field.get(actual)).as(field.getName()).isEqualTo(field.get(expected));
            }
        }
    }

    private static Field[] instanceFields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .toArray(Field[]::new);
    }

    private Recipient roundTrip(Recipient recipient) throws Exception {
        return serializer.deserialize(new DataInputDeserializer(serialize(recipient)));
    }

    private byte[] serialize(Recipient recipient) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(64);
        serializer.serialize(recipient, out);
        return out.getCopyOfBuffer();
    }
}

package dev.sbirenrich.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class AwardSerializerTest {
    @Test
    void everyFieldSurvivesTheRoundTrip() throws IOException {
        Award award = fullAward();
        assertEveryFieldSet(award, Award.class);
        assertEveryFieldSet(award.keys, AwardKeys.class);
        assertEveryFieldSet(award.rejection, Rejection.class);

        Award copy = roundTrip(award);

        assertThat(copy).usingRecursiveComparison().isEqualTo(award);
        assertThat(AwardSerializer.INSTANCE.copy(award)).usingRecursiveComparison().isEqualTo(award);
    }

    @Test
    void nullsStayNull() throws IOException {
        Award award = new Award();
        award.values = new String[] {"a", null, ""};

        assertThat(roundTrip(award)).usingRecursiveComparison().isEqualTo(award);
    }

    @Test
    void flinkUsesIt() {
        assertThat(TypeInformation.of(Award.class)).isEqualTo(AwardTypeInfo.INSTANCE);
    }

    private static Award roundTrip(Award award) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(256);
        AwardSerializer.INSTANCE.serialize(award, out);
        DataOutputSerializer copied = new DataOutputSerializer(256);
        AwardSerializer.INSTANCE.copy(new DataInputDeserializer(out.getCopyOfBuffer()), copied);
        assertThat(copied.getCopyOfBuffer()).isEqualTo(out.getCopyOfBuffer());
        return AwardSerializer.INSTANCE.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }

    private static Award fullAward() {
        Award award = new Award();
        award.sourceFile = "awards.csv";
        award.recordNumber = 42;
        award.values = new String[] {"Acme Robotics", null, "héllo, wörld"};
        award.extraNames = new String[] {"Extra"};
        award.extraValues = new String[] {"value"};
        award.amount = 150000.5;
        award.awardYear = 2023;
        award.proposalAwardDate = "2023-03-15";
        award.employees = 12;
        award.rejection = new Rejection("awards", "awards.csv", 42, "bad-amount", "detail", "raw,text");
        award.keys = new AwardKeys();
        award.keys.uei = "ACMEROBO0001";
        award.keys.duns = "123456789";
        award.keys.ueiStatus = IdentifierStatus.VALID;
        award.keys.dunsStatus = IdentifierStatus.INVALID;
        award.keys.nameTokens = "ACME ROBOTICS";
        award.keys.city = "SAN JOSE";
        award.keys.state = "CA";
        award.keys.zip5 = "95112";
        award.keys.street = "265 INNOVATION PKWY";
        award.keys.probeKeys = new String[] {"U|ACMEROBO0001", "N|ACME ROBOTICS"};
        return award;
    }

    /** A new field the serializer forgets would be null here and fail the round trip's purpose. */
    private static void assertEveryFieldSet(Object value, Class<?> type) {
        Arrays.stream(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers())).forEach(f -> {
            try {
                Field field = type.getDeclaredField(f.getName());
                assertThat(field.get(value)).as(type.getSimpleName() + "." + f.getName()).isNotNull();
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        });
    }
}

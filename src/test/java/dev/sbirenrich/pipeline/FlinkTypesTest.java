package dev.sbirenrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sbirenrich.model.Alert;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.Decision;
import dev.sbirenrich.model.EnrichedAward;
import dev.sbirenrich.model.OwnSerializerTypeInfo;
import dev.sbirenrich.model.Recipient;
import dev.sbirenrich.model.Rejection;
import dev.sbirenrich.quality.QualityEvent;
import dev.sbirenrich.quality.QualityTally;
import dev.sbirenrich.reference.SnapshotDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every record type crossing an operator boundary or living in state uses Flink's POJO serializer,
 * never Kryo; Recipient, the hottest type, has its own serializer (RecipientSerializerTest).
 */
class FlinkTypesTest {
    @ParameterizedTest
    @ValueSource(classes = {EnrichedAward.class, Rejection.class, SnapshotDescriptor.class, BroadcastUpdate.class,
            Decision.class,
            Alert.class, QualityEvent.class, QualityTally.class})
    void isAFlinkPojo(Class<?> type) {
        TypeInformation<?> info = TypeInformation.of(type);
        assertThat(info).isInstanceOf(PojoTypeInfo.class);
        assertPojoAllTheWayDown(info);
    }

    @ParameterizedTest
    @ValueSource(classes = {Award.class, Recipient.class})
    void hasItsOwnSerializer(Class<?> type) {
        assertThat(TypeInformation.of(type)).isInstanceOf(OwnSerializerTypeInfo.class);
    }

    /** A POJO whose field falls back to a GenericTypeInfo would still use Kryo for that field. */
    private static void assertPojoAllTheWayDown(TypeInformation<?> info) {
        assertThat(info.getClass().getSimpleName()).as(info.toString()).isNotEqualTo("GenericTypeInfo");
        if (info instanceof OwnSerializerTypeInfo<?>) {
            return;
        }
        if (info instanceof PojoTypeInfo<?> pojo) {
            for (int i = 0; i < pojo.getArity(); i++) {
                assertPojoAllTheWayDown(pojo.getPojoFieldAt(i).getTypeInformation());
            }
        } else if (info instanceof org.apache.flink.api.java.typeutils.ObjectArrayTypeInfo<?, ?> array) {
            assertPojoAllTheWayDown(array.getComponentInfo());
        }
    }
}

package dev.sbirenrich.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.junit.jupiter.api.Test;

class DecisionTest {
    @Test
    void isAFlinkPojoWithNoKryoField() {
        TypeInformation<Decision> info = TypeInformation.of(Decision.class);

        assertThat(info).isInstanceOf(PojoTypeInfo.class);
        PojoTypeInfo<Decision> pojo = (PojoTypeInfo<Decision>) info;
        for (int i = 0; i < pojo.getArity(); i++) {
            assertThat(pojo.getPojoFieldAt(i).getTypeInformation()).as(pojo.getPojoFieldAt(i).toString())
                    .isNotInstanceOf(GenericTypeInfo.class);
        }
    }

    @Test
    void decisionsAgreeOnTheSameVerdictUeiAndDunsWhoeverMadeThem() {
        Instant now = Instant.now();
        Decision accept = new Decision("a.csv", 1, "A", Decision.ACCEPT, "U1", "D1", "ann", now);

        assertThat(accept.agreesWith(new Decision("a.csv", 1, "A", Decision.ACCEPT, "U1", "D1", "bob",
                now.plusSeconds(9)))).isTrue();
        assertThat(accept.agreesWith(new Decision("a.csv", 1, "A", Decision.ACCEPT, "U2", "D1", "ann", now))).isFalse();
        assertThat(accept.agreesWith(new Decision("a.csv", 1, "A", Decision.ACCEPT, "U1", "D2", "ann", now))).isFalse();
        assertThat(accept.agreesWith(new Decision("a.csv", 1, "A", Decision.ACCEPT, null, "D1", "ann", now))).isFalse();
        assertThat(accept.agreesWith(new Decision("a.csv", 1, "A", Decision.REJECT, null, null, "ann", now)))
                .isFalse();
        assertThat(accept.agreesWith(new Decision("a.csv", 2, "A", Decision.ACCEPT, "U1", "D1", "ann", now)))
                .isFalse();
    }
}

package dev.sbirenrich.model;

import java.lang.reflect.Type;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/** Flink type information that gives {@link Award}, wherever it appears, its {@link AwardSerializer}. */
public final class AwardTypeInfo extends OwnSerializerTypeInfo<Award> {
    public static final AwardTypeInfo INSTANCE = new AwardTypeInfo();

    private AwardTypeInfo() {
        super(Award.class, AwardSerializer.INSTANCE);
    }

    /** Named by {@code @TypeInfo} on {@link Award}. */
    public static final class Factory extends TypeInfoFactory<Award> {
        @Override
        public TypeInformation<Award> createTypeInfo(Type type, Map<String, TypeInformation<?>> genericParameters) {
            return INSTANCE;
        }
    }
}

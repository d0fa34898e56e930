package dev.sbirenrich.model;

import java.lang.reflect.Type;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/** Flink type information that gives {@link Recipient}, wherever it appears, its {@link RecipientSerializer}. */
public final class RecipientTypeInfo extends OwnSerializerTypeInfo<Recipient> {
    public static final RecipientTypeInfo INSTANCE = new RecipientTypeInfo();

    private RecipientTypeInfo() {
        super(Recipient.class, RecipientSerializer.INSTANCE);
    }

    /** Named by {@code @TypeInfo} on {@link Recipient}. */
    public static final class Factory extends TypeInfoFactory<Recipient> {
        @Override
        public TypeInformation<Recipient> createTypeInfo(Type type, Map<String, TypeInformation<?>> genericParameters) {
            return INSTANCE;
        }
    }
}

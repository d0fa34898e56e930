package dev.sbirenrich.model;

import java.lang.reflect.Type;
import java.util.Map;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/** Flink type information that gives {@link Recipient}, wherever it appears, its {@link RecipientSerializer}. */
public final class RecipientTypeInfo extends TypeInformation<Recipient> {
    public static final RecipientTypeInfo INSTANCE = new RecipientTypeInfo();

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<Recipient> getTypeClass() {
        return Recipient.class;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<Recipient> createSerializer(SerializerConfig config) {
        return RecipientSerializer.INSTANCE;
    }

    @Override
    public String toString() {
        return "Recipient";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecipientTypeInfo;
    }

    @Override
    public int hashCode() {
        return RecipientTypeInfo.class.hashCode();
    }

    @Override
    public boolean canEqual(Object other) {
        return other instanceof RecipientTypeInfo;
    }

    /** Named by {@code @TypeInfo} on {@link Recipient}. */
    public static final class Factory extends TypeInfoFactory<Recipient> {
        @Override
        public TypeInformation<Recipient> createTypeInfo(Type type, Map<String, TypeInformation<?>> genericParameters) {
            return INSTANCE;
        }
    }
}

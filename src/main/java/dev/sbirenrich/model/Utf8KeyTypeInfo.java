package dev.sbirenrich.model;

import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/** Type information for String keys serialised by {@link Utf8StringSerializer}; pass it to keyBy. */
public final class Utf8KeyTypeInfo extends TypeInformation<String> {
    public static final Utf8KeyTypeInfo INSTANCE = new Utf8KeyTypeInfo();

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
    public Class<String> getTypeClass() {
        return String.class;
    }

    @Override
    public boolean isKeyType() {
        return true;
    }

    @Override
    public TypeSerializer<String> createSerializer(SerializerConfig config) {
        return Utf8StringSerializer.INSTANCE;
    }

    @Override
    public String toString() {
        return "Utf8Key";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Utf8KeyTypeInfo;
    }

    @Override
    public int hashCode() {
        return Utf8KeyTypeInfo.class.hashCode();
    }

    @Override
    public boolean canEqual(Object other) {
        return other instanceof Utf8KeyTypeInfo;
    }
}

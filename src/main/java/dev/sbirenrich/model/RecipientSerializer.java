package dev.sbirenrich.model;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Flink serializer of {@link Recipient}, which enriched awards carry to their sinks: fields in a
 * fixed order as length-prefixed UTF-8, with no per-field reflection and no Kryo. Adding, removing
 * or reordering a field changes the format of in-flight data in checkpoints: give
 * {@link Snapshot} a new version.
 */
public final class RecipientSerializer extends TypeSerializerSingleton<Recipient> {
    public static final RecipientSerializer INSTANCE = new RecipientSerializer();

    private static final int STRING_FIELDS = 15;
    private static final int REJECTION_STRING_FIELDS = 5;

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public Recipient createInstance() {
        return new Recipient();
    }

    @Override
    public Recipient copy(Recipient from) {
        Recipient to = new Recipient();
        to.uei = from.uei;
        to.duns = from.duns;
        to.legalBusinessName = from.legalBusinessName;
        to.parentUei = from.parentUei;
        to.parentDuns = from.parentDuns;
        to.parentLegalBusinessName = from.parentLegalBusinessName;
        to.addressLine1 = from.addressLine1;
        to.city = from.city;
        to.state = from.state;
        to.zip5 = from.zip5;
        to.countryCode = from.countryCode;
        to.updateDate = from.updateDate;
        to.sourceFile = from.sourceFile;
        to.nameTokens = from.nameTokens;
        to.street = from.street;
        to.recordNumber = from.recordNumber;
        Rejection rejection = from.rejection;
        to.rejection = rejection == null ? null : new Rejection(rejection.input, rejection.sourceFile,
                rejection.recordNumber, rejection.reason, rejection.detail, rejection.rawText);
        return to;
    }

    @Override
    public Recipient copy(Recipient from, Recipient reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(Recipient r, DataOutputView out) throws IOException {
        Utf8Fields.write(r.uei, out);
        Utf8Fields.write(r.duns, out);
        Utf8Fields.write(r.legalBusinessName, out);
        Utf8Fields.write(r.parentUei, out);
        Utf8Fields.write(r.parentDuns, out);
        Utf8Fields.write(r.parentLegalBusinessName, out);
        Utf8Fields.write(r.addressLine1, out);
        Utf8Fields.write(r.city, out);
        Utf8Fields.write(r.state, out);
        Utf8Fields.write(r.zip5, out);
        Utf8Fields.write(r.countryCode, out);
        Utf8Fields.write(r.updateDate, out);
        Utf8Fields.write(r.sourceFile, out);
        Utf8Fields.write(r.nameTokens, out);
        Utf8Fields.write(r.street, out);
        out.writeLong(r.recordNumber);
        Rejection rejection = r.rejection;
        out.writeBoolean(rejection != null);
        if (rejection != null) {
            out.writeLong(rejection.recordNumber);
            Utf8Fields.write(rejection.input, out);
            Utf8Fields.write(rejection.sourceFile, out);
            Utf8Fields.write(rejection.reason, out);
            Utf8Fields.write(rejection.detail, out);
            Utf8Fields.write(rejection.rawText, out);
        }
    }

    @Override
    public Recipient deserialize(DataInputView in) throws IOException {
        Recipient r = new Recipient();
        r.uei = Utf8Fields.read(in);
        r.duns = Utf8Fields.read(in);
        r.legalBusinessName = Utf8Fields.read(in);
        r.parentUei = Utf8Fields.read(in);
        r.parentDuns = Utf8Fields.read(in);
        r.parentLegalBusinessName = Utf8Fields.read(in);
        r.addressLine1 = Utf8Fields.read(in);
        r.city = Utf8Fields.read(in);
        r.state = Utf8Fields.read(in);
        r.zip5 = Utf8Fields.read(in);
        r.countryCode = Utf8Fields.read(in);
        r.updateDate = Utf8Fields.read(in);
        r.sourceFile = Utf8Fields.read(in);
        r.nameTokens = Utf8Fields.read(in);
        r.street = Utf8Fields.read(in);
        r.recordNumber = in.readLong();
        if (in.readBoolean()) {
            Rejection rejection = new Rejection();
            rejection.recordNumber = in.readLong();
            rejection.input = Utf8Fields.read(in);
            rejection.sourceFile = Utf8Fields.read(in);
            rejection.reason = Utf8Fields.read(in);
            rejection.detail = Utf8Fields.read(in);
            rejection.rawText = Utf8Fields.read(in);
            r.rejection = rejection;
        }
        return r;
    }

    @Override
    public Recipient deserialize(Recipient reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        Utf8Fields.copy(in, out, STRING_FIELDS);
        out.writeLong(in.readLong());
        boolean rejected = in.readBoolean();
        out.writeBoolean(rejected);
        if (rejected) {
            out.writeLong(in.readLong());
            Utf8Fields.copy(in, out, REJECTION_STRING_FIELDS);
        }
    }

    @Override
    public TypeSerializerSnapshot<Recipient> snapshotConfiguration() {
        return new Snapshot();
    }

    /** Version 1 of the format: the fields in the order {@link #serialize} writes them. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<Recipient> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}

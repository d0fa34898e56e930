package dev.sbirenrich.model;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Flink serializer of {@link Award}: every award crosses the network once, from the source that
 * reads its file to an enrichment subtask, with its 42 columns of text. Strings are written as
 * length-prefixed UTF-8 in one piece ({@link Utf8Fields}) instead of char by char, and no field is
 * reached by reflection. Adding, removing or reordering a field changes the format of in-flight
 * data in checkpoints: give {@link Snapshot} a new version.
 */
public final class AwardSerializer extends TypeSerializerSingleton<Award> {
    public static final AwardSerializer INSTANCE = new AwardSerializer();

    private static final IdentifierStatus[] STATUSES = IdentifierStatus.values();

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public Award createInstance() {
        return new Award();
    }

    @Override
    public Award copy(Award from) {
        Award to = new Award();
        to.sourceFile = from.sourceFile;
        to.recordNumber = from.recordNumber;
        to.values = from.values == null ? null : from.values.clone();
        to.extraNames = from.extraNames == null ? null : from.extraNames.clone();
        to.extraValues = from.extraValues == null ? null : from.extraValues.clone();
        to.amount = from.amount;
        to.awardYear = from.awardYear;
        to.proposalAwardDate = from.proposalAwardDate;
        to.employees = from.employees;
        Rejection r = from.rejection;
        to.rejection = r == null ? null : new Rejection(r.input, r.sourceFile, r.recordNumber, r.reason, r.detail,
                r.rawText);
        AwardKeys k = from.keys;
        if (k != null) {
            to.keys = new AwardKeys();
            to.keys.uei = k.uei;
            to.keys.duns = k.duns;
            to.keys.ueiStatus = k.ueiStatus;
            to.keys.dunsStatus = k.dunsStatus;
            to.keys.nameTokens = k.nameTokens;
            to.keys.city = k.city;
            to.keys.state = k.state;
            to.keys.zip5 = k.zip5;
            to.keys.street = k.street;
            to.keys.probeKeys = k.probeKeys == null ? null : k.probeKeys.clone();
        }
        return to;
    }

    @Override
    public Award copy(Award from, Award reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(Award a, DataOutputView out) throws IOException {
        Utf8Fields.write(a.sourceFile, out);
        out.writeLong(a.recordNumber);
        writeTexts(a.values, out);
        writeTexts(a.extraNames, out);
        writeTexts(a.extraValues, out);
        out.writeBoolean(a.amount != null);
        if (a.amount != null) {
            out.writeDouble(a.amount);
        }
        writeInteger(a.awardYear, out);
        Utf8Fields.write(a.proposalAwardDate, out);
        writeInteger(a.employees, out);
        Rejection r = a.rejection;
        out.writeBoolean(r != null);
        if (r != null) {
            out.writeLong(r.recordNumber);
            Utf8Fields.write(r.input, out);
            Utf8Fields.write(r.sourceFile, out);
            Utf8Fields.write(r.reason, out);
            Utf8Fields.write(r.detail, out);
            Utf8Fields.write(r.rawText, out);
        }
        AwardKeys k = a.keys;
        out.writeBoolean(k != null);
        if (k != null) {
            Utf8Fields.write(k.uei, out);
            Utf8Fields.write(k.duns, out);
            out.writeByte(k.ueiStatus == null ? 0 : k.ueiStatus.ordinal() + 1);
            out.writeByte(k.dunsStatus == null ? 0 : k.dunsStatus.ordinal() + 1);
            Utf8Fields.write(k.nameTokens, out);
            Utf8Fields.write(k.city, out);
            Utf8Fields.write(k.state, out);
            Utf8Fields.write(k.zip5, out);
            Utf8Fields.write(k.street, out);
            writeTexts(k.probeKeys, out);
        }
    }

    @Override
    public Award deserialize(DataInputView in) throws IOException {
        Award a = new Award();
        a.sourceFile = Utf8Fields.read(in);
        a.recordNumber = in.readLong();
        a.values = readTexts(in);
        a.extraNames = readTexts(in);
        a.extraValues = readTexts(in);
        a.amount = in.readBoolean() ? in.readDouble() : null;
        a.awardYear = readInteger(in);
        a.proposalAwardDate = Utf8Fields.read(in);
        a.employees = readInteger(in);
        if (in.readBoolean()) {
            Rejection r = new Rejection();
            r.recordNumber = in.readLong();
            r.input = Utf8Fields.read(in);
            r.sourceFile = Utf8Fields.read(in);
            r.reason = Utf8Fields.read(in);
            r.detail = Utf8Fields.read(in);
            r.rawText = Utf8Fields.read(in);
            a.rejection = r;
        }
        if (in.readBoolean()) {
            AwardKeys k = new AwardKeys();
            k.uei = Utf8Fields.read(in);
            k.duns = Utf8Fields.read(in);
            k.ueiStatus = status(in.readByte());
            k.dunsStatus = status(in.readByte());
            k.nameTokens = Utf8Fields.read(in);
            k.city = Utf8Fields.read(in);
            k.state = Utf8Fields.read(in);
            k.zip5 = Utf8Fields.read(in);
            k.street = Utf8Fields.read(in);
            k.probeKeys = readTexts(in);
            a.keys = k;
        }
        return a;
    }

    @Override
    public Award deserialize(Award reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    @Override
    public TypeSerializerSnapshot<Award> snapshotConfiguration() {
        return new Snapshot();
    }

    /** A string array as its length + 1 (0 for null), then each element. */
    private static void writeTexts(String[] texts, DataOutputView out) throws IOException {
        out.writeInt(texts == null ? 0 : texts.length + 1);
        if (texts != null) {
            for (String text : texts) {
                Utf8Fields.write(text, out);
            }
        }
    }

    private static String[] readTexts(DataInputView in) throws IOException {
        int length = in.readInt() - 1;
        if (length < 0) {
            return null;
        }
        String[] texts = new String[length];
        for (int i = 0; i < length; i++) {
            texts[i] = Utf8Fields.read(in);
        }
        return texts;
    }

    private static void writeInteger(Integer value, DataOutputView out) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeInt(value);
        }
    }

    private static Integer readInteger(DataInputView in) throws IOException {
        return in.readBoolean() ? in.readInt() : null;
    }

    private static IdentifierStatus status(byte code) {
        return code == 0 ? null : STATUSES[code - 1];
    }

    /** Version 1 of the format: the fields in the order {@link #serialize} writes them. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<Award> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}

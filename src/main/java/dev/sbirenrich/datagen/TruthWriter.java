package dev.sbirenrich.datagen;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/** truth.csv: one row per award record, naming its true recipient (or none) and its noise. */
final class TruthWriter implements Closeable {
    static final String HEADER = "file,record,entity_id,recipient_record,uei,duns,identifier_type,noise,id_format,defect,"
            + "typo_kind,typo_letter,typo_word";

    private final Writer out;
    private final String awardsFile;
    private final StringBuilder row = new StringBuilder(128);

    TruthWriter(Writer out, String awardsFile) throws IOException {
        this.out = out;
        this.awardsFile = awardsFile;
        out.write(HEADER);
        out.write('\n');
    }

    void write(SyntheticAward a) throws IOException {
        row.setLength(0);
        row.append(awardsFile).append(',').append(a.record).append(',');
        if (a.entity > 0) {
            row.append(a.entity).append(',').append(a.recipientRecord);
        } else {
            row.append(',');
        }
        row.append(',').append(a.trueUei == null ? "" : a.trueUei)
                .append(',').append(a.trueDuns == null ? "" : a.trueDuns)
                .append(',').append(a.identifierType)
                .append(',').append(a.noise.label())
                .append(',').append(a.idFormat)
                .append(',').append(a.defect == null ? "" : a.defect);
        if (a.typo != null) {
            row.append(',').append(a.typo.kind().label).append(',').append(a.typo.letter()).append(',').append(a.typo.word());
        } else {
            row.append(",,,");
        }
        row.append('\n');
        out.append(row);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

package dev.sbirenrich.datagen;

import java.io.IOException;
import java.io.Writer;

/** The recipients CSV export: a header of USAspending field names, empty cells for nulls. */
final class RecipientCsvWriter implements RecipientSink {
    private final Writer out;
    private final StringBuilder row = new StringBuilder(512);

    RecipientCsvWriter(Writer out) throws IOException {
        this.out = out;
        for (RecipientColumn column : RecipientColumn.CSV_ORDER) {
            row.append(row.length() == 0 ? "" : ",").append(column.header());
        }
        out.append(row).append('\n');
    }

    @Override
    public void write(SyntheticRecipient recipient) throws IOException {
        row.setLength(0);
        for (int i = 0; i < RecipientColumn.CSV_ORDER.size(); i++) {
            if (i > 0) {
                row.append(',');
            }
            CsvText.appendField(row, RecipientColumn.CSV_ORDER.get(i).valueOf(recipient), false);
        }
        out.append(row.append('\n'));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

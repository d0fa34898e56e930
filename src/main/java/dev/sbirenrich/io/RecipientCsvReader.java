package dev.sbirenrich.io;

import dev.sbirenrich.model.Recipient;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a USAspending recipient CSV export: a header of {@code recipient_lookup} column names
 * (see {@link RecipientColumns}), extra columns ignored. Rejection reasons: line-too-long, invalid-utf8,
 * broken-quoting, column-count.
 */
public final class RecipientCsvReader implements RecordReader<Recipient> {
    public static final String INPUT = "recipients";

    private final String fileName;
    private final CsvRecords records;
    private final RecipientColumns columns;
    private long recordNumber;

    public RecipientCsvReader(String fileName, InputStream in) throws IOException {
        this.fileName = fileName;
        this.records = new CsvRecords(in, INPUT, fileName);
        try {
            columns = RecipientColumns.of(Arrays.asList(records.header()), INPUT + " file " + fileName);
        } catch (IOException e) {
            records.close();
            throw e;
        }
    }

    @Override
    public Recipient next() throws IOException {
        CsvRecords.CsvRecord record = records.next();
        if (record == null) {
            return null;
        }
        Recipient recipient = new Recipient();
        recipient.sourceFile = fileName;
        recipient.recordNumber = ++recordNumber;
        recipient.rejection = records.structuralRejection(record, recipient.recordNumber, columns.size());
        if (recipient.rejection == null) {
            String[] fields = record.fields();
            for (int i = 0; i < fields.length; i++) {
                columns.set(recipient, i, fields[i]);
            }
        }
        return recipient;
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}

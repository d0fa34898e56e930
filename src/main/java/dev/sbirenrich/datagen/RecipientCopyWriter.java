package dev.sbirenrich.datagen;

import java.io.IOException;
import java.io.Writer;

/** PostgreSQL COPY text format, as in the recipient_lookup dump: tabs, \N for null, backslash escapes. */
final class RecipientCopyWriter implements RecipientSink {
    private final Writer out;
    private final StringBuilder row = new StringBuilder(512);

    RecipientCopyWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(SyntheticRecipient recipient) throws IOException {
        row.setLength(0);
        for (int i = 0; i < RecipientColumn.COPY_ORDER.size(); i++) {
            if (i > 0) {
                row.append('\t');
            }
            appendValue(RecipientColumn.COPY_ORDER.get(i).valueOf(recipient));
        }
        out.append(row.append('\n'));
    }

    private void appendValue(String value) {
        if (value == null) {
            row.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

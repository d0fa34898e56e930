package dev.sbirenrich.datagen;

import dev.sbirenrich.model.AwardColumns;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes awards in the SBIR.gov award_data.csv form: text cells quoted, numbers bare, and the
 * malformed rows broken the ways real exports break, without disturbing the record boundaries
 * of the rows around them (quotes stay balanced).
 */
final class AwardCsvWriter implements java.io.Closeable {
    /** Windows-1252 curly quotes: the usual invalid UTF-8 in exports pasted from word processors. */
    private static final byte[] CP1252_QUOTE_OPEN = {(byte) 0x93};
    private static final byte[] CP1252_QUOTE_CLOSE = {(byte) 0x94};
    private static final int BRANCH = AwardColumns.NAMES.indexOf("Branch");

    private final OutputStream bytes;
    private final Writer out;
    private final StringBuilder row = new StringBuilder(4096);

    AwardCsvWriter(OutputStream bytes) throws IOException {
        this.bytes = bytes;
        this.out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        for (String name : AwardColumns.NAMES) {
            row.append(row.length() == 0 ? "" : ",");
            CsvText.appendField(row, name, name.indexOf(' ') >= 0);
        }
        out.append(row).append('\n');
    }

    void write(SyntheticAward award) throws IOException {
        row.setLength(0);
        String defect = award.defect == null ? "" : award.defect;
        int brokenWord = -1;
        for (int i = 0; i < award.values.length; i++) {
            if ("column-count".equals(defect) && i == BRANCH) {
                continue;
            }
            if (row.length() > 0) {
                row.append(',');
            }
            String value = award.values[i];
            if (i == AwardColumns.COMPANY && "broken-quoting".equals(defect) && value.indexOf(' ') > 0) {
                // "Acme" Robotics Inc: text after the closing quote; two quotes, so still balanced.
                brokenWord = value.indexOf(' ');
                row.append('"').append(value, 0, brokenWord).append('"').append(value, brokenWord, value.length());
                continue;
            }
            CsvText.appendField(row, value, i == AwardColumns.COMPANY || !looksNumeric(value));
        }
        row.append('\n');
        if ("invalid-utf8".equals(defect)) {
            writeWithCp1252Quotes();
        } else {
            out.append(row);
        }
    }

    /** Wraps the abstract's first word in 0x93/0x94 bytes, which are not valid UTF-8. */
    private void writeWithCp1252Quotes() throws IOException {
        int abstractStart = indexOfAbstract();
        int wordEnd = row.indexOf(" ", abstractStart);
        out.append(row, 0, abstractStart);
        out.flush();
        bytes.write(CP1252_QUOTE_OPEN);
        out.append(row, abstractStart, wordEnd);
        out.flush();
        bytes.write(CP1252_QUOTE_CLOSE);
        out.append(row, wordEnd, row.length());
    }

    /** Position just after the opening quote of the Abstract cell (cells before it hold no quotes inside). */
    private int indexOfAbstract() {
        int field = 0;
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted && ++field == 30) {
                return i + 2;
            }
        }
        throw new IllegalStateException("award row without an Abstract cell");
    }

    private static boolean looksNumeric(String value) {
        if (value.isEmpty()) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < '0' || c > '9') && c != '.') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

package dev.sbirenrich.io;

import dev.sbirenrich.model.Recipient;
import dev.sbirenrich.model.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a PostgreSQL COPY text data file such as {@code recipient_lookup}'s {@code 5412.dat.gz} from
 * the USAspending database dump: one record per line, tab-separated, no header, {@code \N} for
 * null, backslash escapes ({@code \\ \t \n \r \b \f \v}, octal {@code \NNN}, hex {@code \xHH}, any
 * other escaped character stands for itself) and an optional {@code \.} end-of-data line. The
 * column order is not in the file, so it is given as {@link RecipientColumns}.
 *
 * <p>Hand-split on bytes for speed: tabs and backslashes are ASCII and never occur inside a UTF-8
 * sequence, escapes may denote raw bytes, and only the columns that fill a field are decoded.
 * Rejection reasons: line-too-long, invalid-utf8 (in a used column), column-count.
 */
public final class PgCopyRecipientReader implements RecordReader<Recipient> {
    private final String fileName;
    private final RecipientColumns columns;
    private final LineReader lines;
    private byte[] scratch = new byte[256];
    private boolean lineReady;
    private boolean ended;
    private boolean malformed;
    private long recordNumber;

    public PgCopyRecipientReader(String fileName, InputStream in, RecipientColumns columns) throws IOException {
        this.fileName = fileName;
        this.columns = columns;
        this.lines = new LineReader(in);
        try {
            lineReady = lines.next();
        } catch (IOException e) {
            lines.close();
            throw e;
        }
        if (!lineReady) {
            lines.close();
            throw new InputFormatException(RecipientCsvReader.INPUT + " file is empty: " + fileName);
        }
    }

    /** Opens files whose columns come in {@code columns} order. */
    public static RecordReaderFactory<Recipient> factory(RecipientColumns columns) {
        return (fileName, in) -> new PgCopyRecipientReader(fileName, in, columns);
    }

    @Override
    public Recipient next() throws IOException {
        if (ended || !(lineReady || lines.next())) {
            return null;
        }
        lineReady = false;
        byte[] b = lines.buffer();
        int start = lines.start();
        int end = lines.end();
        if (end - start == 2 && b[start] == '\\' && b[start + 1] == '.') {
            ended = true;
            return null;
        }
        Recipient recipient = new Recipient();
        recipient.sourceFile = fileName;
        recipient.recordNumber = ++recordNumber;
        if (lines.overlongBytes() > 0) {
            return rejected(recipient, Rejection.LINE_TOO_LONG, lines.overlongDetail());
        }
        malformed = false;
        int column = 0;
        int fieldStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || b[i] == '\t') {
                if (column < columns.size() && columns.isUsed(column)) {
                    columns.set(recipient, column, decode(b, fieldStart, i));
                }
                column++;
                fieldStart = i + 1;
            }
        }
        if (malformed) {
            return rejected(recipient, Rejection.INVALID_UTF8, "bytes that are not UTF-8 (shown as U+FFFD)");
        }
        if (column != columns.size()) {
            return rejected(recipient, Rejection.COLUMN_COUNT, "expected " + columns.size() + " fields, found " + column);
        }
        return recipient;
    }

    /** A fresh record holding only the rejection, so no half-read field leaks downstream. */
    private Recipient rejected(Recipient read, String reason, String detail) {
        Recipient recipient = new Recipient();
        recipient.sourceFile = read.sourceFile;
        recipient.recordNumber = read.recordNumber;
        recipient.rejection = new Rejection(RecipientCsvReader.INPUT, fileName, read.recordNumber, reason,
                detail + " (line " + lines.number() + ")", lines.text());
        return recipient;
    }

    private String decode(byte[] b, int from, int to) {
        if (to - from == 2 && b[from] == '\\' && b[from + 1] == 'N') {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (b[i] == '\\') {
                return unescape(b, from, to);
            }
        }
        return text(b, from, to);
    }

    private String unescape(byte[] b, int from, int to) {
        if (scratch.length < to - from) {
            scratch = new byte[Math.max(to - from, scratch.length * 2)];
        }
        int n = 0;
        int i = from;
        while (i < to) {
            byte c = b[i++];
            if (c != '\\' || i == to) {
                scratch[n++] = c;
                continue;
            }
            c = b[i++];
            switch (c) {
                case 'b' -> scratch[n++] = '\b';
                case 'f' -> scratch[n++] = '\f';
                case 'n' -> scratch[n++] = '\n';
                case 'r' -> scratch[n++] = '\r';
                case 't' -> scratch[n++] = '\t';
                case 'v' -> scratch[n++] = 0x0B;
                case 'x' -> {
                    int value = 0;
                    int digits = 0;
                    while (digits < 2 && i < to && Character.digit(b[i], 16) >= 0) {
                        value = value * 16 + Character.digit(b[i++], 16);
                        digits++;
                    }
                    // "\x" without hex digits is a plain x, as in PostgreSQL.
                    scratch[n++] = digits == 0 ? (byte) 'x' : (byte) value;
                }
                default -> {
                    if (c >= '0' && c <= '7') {
                        int value = c - '0';
                        for (int digits = 1; digits < 3 && i < to && b[i] >= '0' && b[i] <= '7'; digits++) {
                            value = value * 8 + (b[i++] - '0');
                        }
                        scratch[n++] = (byte) value;
                    } else {
                        scratch[n++] = c;
                    }
                }
            }
        }
        return text(scratch, 0, n);
    }

    private String text(byte[] bytes, int from, int to) {
        String s = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        malformed |= lines.malformed(s, bytes, from, to);
        return s;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}

package dev.sbirenrich.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into lines at {@code \n} (a preceding {@code \r} belongs to the terminator).
 * It works on bytes because {@code \n} never occurs inside a UTF-8 sequence: each line is decoded on
 * its own, so a malformed byte spoils one line and reading goes on after it. Lone {@code \r} is data.
 *
 * <p>A line longer than {@link #MAX_LINE_BYTES} is not held: its first {@link #SAMPLE_BYTES} stand
 * for it ({@link #overlongBytes()} tells its real length) and the rest is read through the same
 * buffer, so memory stays bounded however long the line is.
 */
public final class LineReader implements Closeable {
    static final int MAX_LINE_BYTES = 16 << 20;
    /** What is kept of an overlong line, to show in its rejection. */
    static final int SAMPLE_BYTES = 1024;

    private final InputStream in;
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder();
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private int start;
    private int end;
    private int terminatorLength;
    private long number;
    private long overlongBytes;

    public LineReader(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the stream. */
    public boolean next() throws IOException {
        overlongBytes = 0;
        int scanFrom = pos;
        while (true) {
            for (int i = scanFrom; i < limit; i++) {
                if (buf[i] == '\n') {
                    boolean cr = i > pos && buf[i - 1] == '\r';
                    setLine(pos, cr ? i - 1 : i, cr ? 2 : 1);
                    pos = i + 1;
                    return true;
                }
            }
            if (eof) {
                if (pos == limit) {
                    return false;
                }
                setLine(pos, limit, 0);
                pos = limit;
                return true;
            }
            if (limit - pos >= MAX_LINE_BYTES) {
                skipOverlongLine();
                return true;
            }
            scanFrom = limit - pos;
            fill();
        }
    }

    /**
     * The buffer is full of one line: keeps its first {@link #SAMPLE_BYTES} at the front and reads the
     * rest of the line into the space behind them until its end.
     */
    private void skipOverlongLine() throws IOException {
        long length = limit - pos;
        System.arraycopy(buf, pos, buf, 0, SAMPLE_BYTES);
        while (true) {
            int n = in.read(buf, SAMPLE_BYTES, buf.length - SAMPLE_BYTES);
            if (n < 0) {
                eof = true;
                pos = SAMPLE_BYTES;
                limit = SAMPLE_BYTES;
                break;
            }
            int newline = indexOfNewline(SAMPLE_BYTES, SAMPLE_BYTES + n);
            if (newline >= 0) {
                length += newline - SAMPLE_BYTES;
                pos = newline + 1;
                limit = SAMPLE_BYTES + n;
                break;
            }
            length += n;
        }
        setLine(0, SAMPLE_BYTES, 1);
        overlongBytes = length;
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void setLine(int from, int to, int terminator) {
        start = from;
        end = to;
        terminatorLength = terminator;
        number++;
    }

    /** Compacts the pending bytes to the front, growing the buffer when one line fills it. */
    private void fill() throws IOException {
        int pending = limit - pos;
        if (pending == buf.length) {
            byte[] grown = new byte[buf.length * 2];
            System.arraycopy(buf, pos, grown, 0, pending);
            buf = grown;
        } else if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, pending);
        }
        pos = 0;
        limit = pending;
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    /** The buffer holding the current line, from {@link #start()} to {@link #end()} (its terminator excluded). */
    public byte[] buffer() {
        return buf;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** The length in bytes of the current line when it is longer than {@link #MAX_LINE_BYTES}, else 0. */
    long overlongBytes() {
        return overlongBytes;
    }

    /** Why an overlong current line is refused. */
    String overlongDetail() {
        return "a line of " + overlongBytes + " bytes, longer than " + (MAX_LINE_BYTES >> 20)
                + " MiB (only its first " + SAMPLE_BYTES + " bytes are kept)";
    }

    /** 1-based number of the current line. */
    long number() {
        return number;
    }

    String terminator() {
        return terminatorLength == 2 ? "\r\n" : terminatorLength == 1 ? "\n" : "";
    }

    /** The line decoded as UTF-8, malformed bytes shown as U+FFFD. */
    String text() {
        return new String(buf, start, end - start, StandardCharsets.UTF_8);
    }

    /**
     * Whether {@code bytes[from, to)}, decoded as {@code decoded}, were malformed UTF-8. Cheap in the
     * common case: only text holding U+FFFD is re-checked strictly, since a correctly encoded U+FFFD
     * in the source is legitimate.
     */
    boolean malformed(String decoded, byte[] bytes, int from, int to) {
        if (decoded.indexOf('\uFFFD') < 0) {
            return false;
        }
        try {
            strict.reset().decode(ByteBuffer.wrap(bytes, from, to - from));
            return false;
        } catch (CharacterCodingException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

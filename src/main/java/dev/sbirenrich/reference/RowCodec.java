package dev.sbirenrich.reference;

import dev.sbirenrich.model.Recipient;
import java.nio.charset.StandardCharsets;

/**
 * A normalized recipient as the snapshot stores it: each text field as a varint (UTF-8 length + 1,
 * 0 for null) and its UTF-8 bytes; the source file as its index in the snapshot's file list and the
 * record number as varints. Read only for the rows that preselection keeps, and first only the
 * fields that matching reads (identifiers, place, update date, name tokens, address line and
 * street, file and record): the rest, which only the output shows, is read for the few rows an
 * award's result names. The street is most often the address line as written (USAspending's lines
 * are in the post office's form already), and then takes one byte: {@link #SAME_AS_LINE}.
 */
final class RowCodec {
    /** The street's length varint when the street is the address line itself. */
    private static final int SAME_AS_LINE = 1;

    private RowCodec() {}

    /** Appends the row to {@code out}, growing it as needed. */
    static void encode(Recipient r, int fileIndex, Bytes out) {
        text(r.uei, out);
        text(r.duns, out);
        text(r.city, out);
        text(r.state, out);
        text(r.zip5, out);
        text(r.updateDate, out);
        text(r.nameTokens, out);
        text(r.addressLine1, out);
        if (r.street != null && r.street.equals(r.addressLine1)) {
            out.varlong(SAME_AS_LINE);
        } else {
            text(r.street, 1, out);
        }
        out.varlong(fileIndex);
        out.varlong(r.recordNumber);
        text(r.legalBusinessName, out);
        text(r.parentUei, out);
        text(r.parentDuns, out);
        text(r.parentLegalBusinessName, out);
        text(r.countryCode, out);
    }

    /** Reads a row from its stored bytes, copied out of the mapped file in one piece. */
    static Recipient decode(byte[] stored, String[] files, boolean full) {
        Reader in = new Reader(stored);
        Recipient r = new Recipient();
        r.uei = in.text();
        r.duns = in.text();
        r.city = in.text();
        r.state = in.text();
        r.zip5 = in.text();
        r.updateDate = in.text();
        r.nameTokens = in.text();
        r.addressLine1 = in.text();
        r.street = in.street(r.addressLine1);
        r.sourceFile = files[(int) in.varlong()];
        r.recordNumber = in.varlong();
        if (full) {
            r.legalBusinessName = in.text();
            r.parentUei = in.text();
            r.parentDuns = in.text();
            r.parentLegalBusinessName = in.text();
            r.countryCode = in.text();
        }
        return r;
    }

    private static void text(String value, Bytes out) {
        text(value, 0, out);
    }

    /** {@code value} with its length varint shifted past {@code reserved} codes above null's 0. */
    private static void text(String value, int reserved, Bytes out) {
        if (value == null) {
            out.put((byte) 0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.varlong(bytes.length + 1L + reserved);
        out.put(bytes);
    }

    /** A growable byte array. */
    static final class Bytes {
        byte[] data;
        int size;

        Bytes(int capacity) {
            data = new byte[capacity];
        }

        void put(byte b) {
            ensure(1);
            data[size++] = b;
        }

        void put(byte[] bytes) {
            ensure(bytes.length);
            System.arraycopy(bytes, 0, data, size, bytes.length);
            size += bytes.length;
        }

        void varlong(long value) {
            ensure(10);
            while ((value & ~0x7FL) != 0) {
                data[size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            data[size++] = (byte) value;
        }

        private void ensure(int more) {
            if (size + more > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, size + more));
            }
        }
    }

    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        long varlong() {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }

        String text() {
            return text((int) varlong() - 1);
        }

        /** The street: {@code line} itself, or its own text after the reserved code. */
        String street(String line) {
            int code = (int) varlong();
            return code == SAME_AS_LINE ? line : text(code == 0 ? -1 : code - 2);
        }

        private String text(int length) {
            if (length < 0) {
                return null;
            }
            String text = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }
    }
}

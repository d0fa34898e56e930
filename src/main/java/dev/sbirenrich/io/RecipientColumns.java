package dev.sbirenrich.io;

import dev.sbirenrich.model.Recipient;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The column order of a recipients source: names as in USAspending's {@code recipient_lookup}
 * table. Names this project uses are mapped to {@link Recipient} fields; any other name (id,
 * zip4, business_types_codes, ...) is accepted and its column skipped, because dumps carry
 * columns we do not need and gain new ones over time. Names are case-insensitive. The required
 * names must be present and no used name may appear twice.
 */
public final class RecipientColumns implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final List<String> REQUIRED = List.of("legal_business_name", "uei", "duns");

    /**
     * Column order of {@code recipient_lookup} in the October 2025 public database dump (file
     * 5412.dat.gz). Later dumps may differ: take the order from the dump's table of contents.
     */
    public static final RecipientColumns USASPENDING_2025_10 = builtIn(
            "duns,legal_business_name,parent_duns,parent_legal_business_name,id,update_date,"
                    + "address_line_1,address_line_2,city,congressional_district,country_code,state,zip5,"
                    + "zip4,business_types_codes,alternate_names,entity_structure,uei,parent_uei");

    /** The names this project reads, each with the field it fills. */
    private enum Field {
        UEI("uei", (r, v) -> r.uei = v),
        DUNS("duns", (r, v) -> r.duns = v),
        LEGAL_BUSINESS_NAME("legal_business_name", (r, v) -> r.legalBusinessName = v),
        PARENT_UEI("parent_uei", (r, v) -> r.parentUei = v),
        PARENT_DUNS("parent_duns", (r, v) -> r.parentDuns = v),
        PARENT_LEGAL_BUSINESS_NAME("parent_legal_business_name", (r, v) -> r.parentLegalBusinessName = v),
        ADDRESS_LINE_1("address_line_1", (r, v) -> r.addressLine1 = v),
        CITY("city", (r, v) -> r.city = v),
        STATE("state", (r, v) -> r.state = v),
        ZIP5("zip5", (r, v) -> r.zip5 = v),
        COUNTRY_CODE("country_code", (r, v) -> r.countryCode = v),
        UPDATE_DATE("update_date", (r, v) -> r.updateDate = v);

        final String columnName;
        final BiConsumer<Recipient, String> setter;

        Field(String columnName, BiConsumer<Recipient, String> setter) {
            this.columnName = columnName;
            this.setter = setter;
        }

        static Field named(String name) {
            for (Field f : values()) {
                if (f.columnName.equals(name)) {
                    return f;
                }
            }
            return null;
        }
    }

    private final List<String> names;
    /** The field each column fills, null for a skipped column. */
    private final Field[] fieldAt;

    private RecipientColumns(List<String> names, Field[] fieldAt) {
        this.names = names;
        this.fieldAt = fieldAt;
    }

    /**
     * Parses a column order: names separated by commas and/or line breaks, so the same text works
     * on the command line and as a file with one name per line. Blank entries are ignored.
     */
    public static RecipientColumns parse(String spec) throws InputFormatException {
        List<String> names = new ArrayList<>();
        for (String name : spec.split("[,\\r\\n]")) {
            if (!name.isBlank()) {
                names.add(name);
            }
        }
        return of(names, "recipient column list");
    }

    /** Maps a header or column list; {@code what} names its source in error messages. */
    static RecipientColumns of(List<String> rawNames, String what) throws InputFormatException {
        List<String> names = rawNames.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
        Field[] fieldAt = new Field[names.size()];
        List<Field> seen = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Field field = Field.named(names.get(i));
            if (field != null && seen.contains(field)) {
                throw new InputFormatException(what + " names column " + field.columnName + " twice");
            }
            if (field != null) {
                seen.add(field);
            }
            fieldAt[i] = field;
        }
        List<String> missing = REQUIRED.stream().filter(n -> !names.contains(n)).toList();
        if (!missing.isEmpty()) {
            throw InputFormatException.lacksColumns(what, missing);
        }
        return new RecipientColumns(names, fieldAt);
    }

    private static RecipientColumns builtIn(String spec) {
        try {
            return parse(spec);
        } catch (InputFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Column names in order, lower case. */
    public List<String> names() {
        return names;
    }

    public int size() {
        return fieldAt.length;
    }

    /** Whether column {@code column} fills a field (so a reader may skip decoding the others). */
    boolean isUsed(int column) {
        return fieldAt[column] != null;
    }

    /** Stores a column's text in its field; blank text is stored as null, the one form of "no value". */
    void set(Recipient recipient, int column, String value) {
        Field field = fieldAt[column];
        if (field != null) {
            field.setter.accept(recipient, value == null || value.isBlank() ? null : value);
        }
    }
}

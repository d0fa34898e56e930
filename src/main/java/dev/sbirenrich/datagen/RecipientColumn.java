package dev.sbirenrich.datagen;

import java.util.List;
import java.util.function.Function;

/** The recipient_lookup columns and how each is read off a generated row. */
enum RecipientColumn {
    DUNS("duns", r -> r.duns),
    LEGAL_BUSINESS_NAME("legal_business_name", r -> r.legalName),
    PARENT_DUNS("parent_duns", r -> r.parentDuns),
    PARENT_LEGAL_BUSINESS_NAME("parent_legal_business_name", r -> r.parentName),
    ID("id", r -> Long.toString(r.id)),
    UPDATE_DATE("update_date", r -> r.updateDate),
    ADDRESS_LINE_1("address_line_1", r -> r.address1),
    ADDRESS_LINE_2("address_line_2", r -> r.address2),
    CITY("city", r -> r.city),
    CONGRESSIONAL_DISTRICT("congressional_district", r -> r.congressionalDistrict),
    COUNTRY_CODE("country_code", r -> r.countryCode),
    STATE("state", SyntheticRecipient::stateCode),
    ZIP5("zip5", r -> r.zip5),
    ZIP4("zip4", r -> r.zip4),
    BUSINESS_TYPES_CODES("business_types_codes", r -> r.businessTypes),
    ALTERNATE_NAMES("alternate_names", r -> r.alternateNames),
    ENTITY_STRUCTURE("entity_structure", r -> r.entityStructure),
    UEI("uei", r -> r.uei),
    PARENT_UEI("parent_uei", r -> r.parentUei);

    /** Column order of recipient_lookup in the October 2025 PostgreSQL dump (the enum order). */
    static final List<RecipientColumn> COPY_ORDER = List.of(values());

    /** Column order of the CSV export form: names first, then identifiers, places, the rest. */
    static final List<RecipientColumn> CSV_ORDER = List.of(LEGAL_BUSINESS_NAME, UEI, DUNS, PARENT_UEI,
            PARENT_DUNS, PARENT_LEGAL_BUSINESS_NAME, ADDRESS_LINE_1, ADDRESS_LINE_2, CITY, STATE, ZIP5, ZIP4,
            COUNTRY_CODE, UPDATE_DATE, CONGRESSIONAL_DISTRICT, BUSINESS_TYPES_CODES, ALTERNATE_NAMES,
            ENTITY_STRUCTURE, ID);

    private final String header;
    private final Function<SyntheticRecipient, String> value;

    RecipientColumn(String header, Function<SyntheticRecipient, String> value) {
        this.header = header;
        this.value = value;
    }

    String header() {
        return header;
    }

    String valueOf(SyntheticRecipient r) {
        return value.apply(r);
    }
}

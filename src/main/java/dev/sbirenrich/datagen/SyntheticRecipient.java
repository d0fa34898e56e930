package dev.sbirenrich.datagen;

/** One generated recipient_lookup row, plus what the generator knows about it (entity, name parts). */
final class SyntheticRecipient {
    /** 1-based record number in the recipients file. */
    long row;
    /** Entity number: the first row of the company; duplicate rows share it. */
    long entity;
    CompanyName name;
    String legalName;
    /** Identifiers on this row (null when the row lacks one). */
    String uei;
    String duns;
    /** The entity's identifiers: every row of the entity carries a subset of these. */
    String entityUei;
    String entityDuns;
    String parentUei;
    String parentDuns;
    String parentName;
    String address1;
    String address2;
    String city;
    /** Index into {@link Vocabulary#STATES}, or -1 for a foreign recipient. */
    int stateIndex;
    String zip5;
    String zip4;
    String countryCode;
    String congressionalDistrict;
    String updateDate;
    long id;
    String businessTypes;
    String alternateNames;
    String entityStructure;

    String stateCode() {
        return stateIndex < 0 ? null : Vocabulary.STATES[stateIndex][0];
    }
}

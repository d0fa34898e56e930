package dev.sbirenrich.model;

import org.apache.flink.api.common.typeinfo.TypeInfo;

/**
 * One USAspending recipient_lookup row, slimmed to what matching and output need. Identifiers are
 * text as read; {@code uei}/{@code duns} are replaced by their normalized form (or null when invalid)
 * by the pipeline's RecipientNormalizer, which also fills {@code nameTokens} and {@code street}. Flink serialises it with
 * {@link RecipientSerializer}; keep that serializer's field list in step with this class.
 */
@TypeInfo(RecipientTypeInfo.Factory.class)
public class Recipient {
    public String uei;
    public String duns;
    public String legalBusinessName;
    public String parentUei;
    public String parentDuns;
    public String parentLegalBusinessName;
    public String addressLine1;
    public String city;
    public String state;
    public String zip5;
    public String countryCode;
    /** ISO date of the row's last update in USAspending; breaks ties between duplicate identifiers. */
    public String updateDate;

    public String sourceFile;
    public long recordNumber;

    /** Normalized name tokens, space separated (see matching.NameNormalizer). */
    public String nameTokens;
    /** The street line in comparable form (see matching.Streets); null when it names none. */
    public String street;

    public Rejection rejection;

    public Recipient() {}
}

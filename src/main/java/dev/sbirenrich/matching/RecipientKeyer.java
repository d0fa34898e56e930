package dev.sbirenrich.matching;

import dev.sbirenrich.model.Recipient;
import dev.sbirenrich.model.RecordId;

/** Normalizes a reference row and lists the keys it is filed under in the index. */
public final class RecipientKeyer {

    private RecipientKeyer() {}

    /**
     * A normalized copy of {@code raw} (which is left as read, so callers can still compare the
     * two): identifiers (own and parent) as normalized text or null when invalid, {@code nameTokens}
     * from the legal name, state as its USPS code, city as folded uppercase words, zip as five
     * digits, {@code street} from the address line ({@link Streets}), and the source file by its
     * name only: the row id travels with every index entry and is part of every stored key, where a
     * full path would be the longest field of the row.
     */
    public static Recipient normalize(Recipient raw) {
        Recipient r = new Recipient();
        r.uei = Identifiers.normalizeUei(raw.uei);
        r.duns = Identifiers.normalizeDuns(raw.duns);
        r.legalBusinessName = raw.legalBusinessName;
        r.parentUei = Identifiers.normalizeUei(raw.parentUei);
        r.parentDuns = Identifiers.normalizeDuns(raw.parentDuns);
        r.parentLegalBusinessName = raw.parentLegalBusinessName;
        r.addressLine1 = raw.addressLine1;
        r.city = Locations.city(raw.city);
        r.state = Locations.stateCode(raw.state);
        r.zip5 = Locations.zip5(raw.zip5);
        r.countryCode = raw.countryCode;
        r.updateDate = raw.updateDate;
        r.sourceFile = RecordId.fileName(raw.sourceFile);
        r.recordNumber = raw.recordNumber;
        r.nameTokens = NameNormalizer.normalize(raw.legalBusinessName);
        r.street = Streets.normalize(raw.addressLine1);
        r.rejection = raw.rejection;
        return r;
    }

    /**
     * Identifier keys for the valid identifiers, then the name blocking keys (the full key first),
     * then the street block: the street line in its zip5, or in its city when it has no zip5.
     */
    public static String[] indexKeysFor(Recipient normalized) {
        return indexKeysFor(normalized, tokens(normalized));
    }

    /** {@link #indexKeysFor(Recipient)} when the caller has split the name tokens already. */
    public static String[] indexKeysFor(Recipient normalized, String[] nameTokens) {
        String[] names = NameBlocker.blockingKeys(nameTokens);
        String town = normalized.zip5 != null ? normalized.zip5 : normalized.city;
        boolean street = normalized.street != null && town != null;
        String[] keys = new String[(normalized.uei != null ? 1 : 0) + (normalized.duns != null ? 1 : 0) + names.length
                + (street ? 1 : 0)];
        int n = 0;
        if (normalized.uei != null) {
            keys[n++] = LookupKeys.uei(normalized.uei);
        }
        if (normalized.duns != null) {
            keys[n++] = LookupKeys.duns(normalized.duns);
        }
        System.arraycopy(names, 0, keys, n, names.length);
        if (street) {
            keys[keys.length - 1] = LookupKeys.street(normalized.street, town);
        }
        return keys;
    }

    /** The normalized name tokens of a normalized recipient; empty when it has none. */
    public static String[] tokens(Recipient normalized) {
        String tokens = normalized.nameTokens;
        return NameNormalizer.splitNormalized(tokens);
    }
}

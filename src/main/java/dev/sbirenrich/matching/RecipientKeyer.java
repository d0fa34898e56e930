package dev.sbirenrich.matching;

import dev.sbirenrich.model.Recipient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Normalises a reference row and lists the keys it is filed under in the index. */
public final class RecipientKeyer {
    private RecipientKeyer() {}

    /**
     * Normalises {@code raw} in place and returns it: identifiers (own and parent) to their
     * normalised text or null when invalid, {@code nameTokens} from the legal name, state to its
     * USPS code, city to folded uppercase words, zip to five digits.
     */
    public static Recipient normalise(Recipient raw) {
        raw.uei = Identifiers.normalizeUei(raw.uei);
        raw.duns = Identifiers.normalizeDuns(raw.duns);
        raw.parentUei = Identifiers.normalizeUei(raw.parentUei);
        raw.parentDuns = Identifiers.normalizeDuns(raw.parentDuns);
        raw.nameTokens = NameNormalizer.normalize(raw.legalBusinessName);
        raw.state = Locations.stateCode(raw.state);
        raw.city = Locations.city(raw.city);
        raw.zip5 = Locations.zip5(raw.zip5);
        return raw;
    }

    /** Identifier keys for the valid identifiers, then the name blocking keys. */
    public static String[] indexKeysFor(Recipient normalised) {
        List<String> keys = new ArrayList<>();
        if (normalised.uei != null) {
            keys.add(LookupKeys.uei(normalised.uei));
        }
        if (normalised.duns != null) {
            keys.add(LookupKeys.duns(normalised.duns));
        }
        String tokens = normalised.nameTokens;
        if (tokens != null && !tokens.isEmpty()) {
            keys.addAll(Arrays.asList(NameBlocker.blockingKeys(tokens.split(" "))));
        }
        return keys.toArray(new String[0]);
    }
}

package dev.sbirenrich.matching;

import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.AwardColumns;
import dev.sbirenrich.model.AwardKeys;
import dev.sbirenrich.model.IdentifierStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An award's normalized identifiers, name and location, and every key it probes. Name and street
 * blocks are probed even when a valid UEI is present: all probes go out in one round, and the name
 * is the fallback when the UEI is not in the reference.
 */
public final class AwardKeyer {
    private AwardKeyer() {}

    /** The keys of an award's cells as its reader left them. */
    public static AwardKeys keysFor(Award award) {
        return keysFor(award.get(AwardColumns.COMPANY), award.get(AwardColumns.UEI), award.get(AwardColumns.DUNS),
                award.get(AwardColumns.ADDRESS1), award.get(AwardColumns.CITY), award.get(AwardColumns.STATE),
                award.get(AwardColumns.ZIP));
    }

    public static AwardKeys keysFor(String company, String uei, String duns, String address1, String city,
            String state, String zip) {
        AwardKeys keys = new AwardKeys();
        keys.ueiStatus = Identifiers.ueiStatus(uei);
        keys.uei = keys.ueiStatus == IdentifierStatus.VALID ? Identifiers.normalizeUei(uei) : null;
        keys.dunsStatus = Identifiers.dunsStatus(duns);
        keys.duns = keys.dunsStatus == IdentifierStatus.VALID ? Identifiers.normalizeDuns(duns) : null;
        String[] tokens = NameNormalizer.tokens(company);
        keys.nameTokens = String.join(" ", tokens);
        keys.city = Locations.city(city);
        keys.state = Locations.stateCode(state);
        keys.zip5 = Locations.zip5(zip);
        keys.street = Streets.normalize(address1);

        List<String> probes = new ArrayList<>();
        if (keys.uei != null) {
            probes.add(LookupKeys.uei(keys.uei));
        }
        if (keys.duns != null) {
            probes.add(LookupKeys.duns(keys.duns));
        }
        probes.addAll(Arrays.asList(NameBlocker.blockingKeys(tokens)));
        // A typo the name keys miss is still at its street; a recipient files its line under its
        // zip5, or its city when it has none.
        if (keys.street != null && keys.zip5 != null) {
            probes.add(LookupKeys.street(keys.street, keys.zip5));
        }
        if (keys.street != null && keys.city != null) {
            probes.add(LookupKeys.street(keys.street, keys.city));
        }
        keys.probeKeys = probes.toArray(new String[0]);
        return keys;
    }
}

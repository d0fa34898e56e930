package dev.sbirenrich.matching;

import dev.sbirenrich.model.AwardKeys;
import dev.sbirenrich.model.Recipient;
import java.util.Objects;

/**
 * Where a company is, in the normalized form both inputs share ({@link Locations}, {@link Streets}):
 * USPS state code, city words, zip5 and street line, each possibly null. Equal names are common (a
 * name is unique to one entity for only about half of the full reference), so place is what tells
 * them apart.
 */
public record Place(String state, String city, String zip5, String street) {
    public static Place of(AwardKeys keys) {
        return new Place(keys.state, keys.city, keys.zip5, keys.street);
    }

    public static Place of(Recipient recipient) {
        return new Place(recipient.state, recipient.city, recipient.zip5, recipient.street);
    }

    /** True when both have a state and it is the same. */
    public boolean sameState(Place other) {
        return agrees(state, other.state);
    }

    /** True when both have a street line and they differ. */
    public boolean otherStreet(Place other) {
        return street != null && other.street != null && !sameLine(street, other.street);
    }

    /** Equal, or the same house number on a street spelled one {@link Slip} apart ("4654 MADSON ST"). */
    private static boolean sameLine(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int space = a.indexOf(' ');
        return space > 0 && a.regionMatches(0, b, 0, space + 1) && a.length() - space > Slip.MIN_LENGTH
                && Slip.apart(a.substring(space + 1), b.substring(space + 1));
    }

    /** True when both have a zip5 and it is the same. */
    public boolean sameZip5(Place other) {
        return agrees(zip5, other.zip5);
    }

    /** True when both have a city and it is the same. */
    public boolean sameCity(Place other) {
        return agrees(city, other.city);
    }

    /**
     * True when both have a street line, it is the same, and so is the zip5 or the city: one line
     * ("100 MAIN ST") exists in many towns, and the town may be spelled or zipped differently.
     */
    public boolean sameStreet(Place other) {
        return street != null && other.street != null && sameLine(street, other.street)
                && (sameZip5(other) || sameCity(other));
    }

    /** A known value on both sides, and the same: missing fields never agree. */
    static boolean agrees(String a, String b) {
        return a != null && Objects.equals(a, b);
    }
}

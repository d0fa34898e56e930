package dev.sbirenrich.datagen;

import static dev.sbirenrich.datagen.Vocabulary.pick;

import dev.sbirenrich.model.AwardColumns;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Derives award k purely from (seed, k): picks the winning firm (a few firms win many awards),
 * regenerates its recipient row on demand, and writes the row the way SBIR.gov exports look.
 */
final class AwardModel {
    static final double MALFORMED_SHARE = 0.003;
    static final double ABSENT_FIRM_SHARE = 0.05;
    static final double CONTRADICTING_SHARE = 0.004;
    /** Name noise kinds for awards of companies in the reference, and their weights. */
    private static final NoiseKind[] NAME_NOISE = {NoiseKind.EXACT, NoiseKind.SUFFIX, NoiseKind.PUNCTUATION,
        NoiseKind.AMPERSAND, NoiseKind.ABBREVIATION, NoiseKind.WORD_ORDER, NoiseKind.TYPO, NoiseKind.LEADING_THE,
        NoiseKind.DBA};
    private static final int[] NAME_NOISE_WEIGHT = {44, 16, 8, 8, 8, 2, 6, 3, 2};
    private static final String[] DEFECTS = {"column-count", "broken-quoting", "invalid-utf8", "unparseable-amount"};
    private static final String[] BAD_AMOUNTS = {"TBD", "1.500.000,00", "$--", "see attached", "150O00"};
    private static final String[] PLACEHOLDERS = {"N/A", "000000000", "0", "NONE", "-"};

    private static final String[][] AGENCIES = {
        {"Department of Defense", "Air Force", "Army", "Navy", "Defense Advanced Research Projects Agency",
            "Missile Defense Agency", "Special Operations Command", "Defense Threat Reduction Agency",
            "Office of the Secretary of Defense", "Chemical and Biological Defense", "Defense Health Agency"},
        {"Department of Health and Human Services", "National Institutes of Health",
            "Centers for Disease Control and Prevention", "Food and Drug Administration"},
        {"National Aeronautics and Space Administration", ""},
        {"Department of Energy", ""},
        {"National Science Foundation", "", "TIP", "ENG"},
        {"Department of Agriculture", ""},
        {"Department of Homeland Security", "Science and Technology Directorate"},
        {"Environmental Protection Agency", ""},
        {"Department of Commerce", "National Oceanic and Atmospheric Administration",
            "National Institute of Standards and Technology"},
        {"Department of Education", ""},
        {"Department of Transportation", ""}};
    private static final int[] AGENCY_WEIGHT = {480, 220, 80, 80, 70, 25, 15, 10, 10, 5, 5};
    private static final String[] AGENCY_CODE = {"DOD", "HHS", "NASA", "DOE", "NSF", "USDA", "DHS", "EPA", "DOC", "ED", "DOT"};
    private static final String[] RESEARCH_INSTITUTIONS = {"Massachusetts Institute of Technology",
        "University of Colorado", "Georgia Tech Research Corporation", "Johns Hopkins University",
        "Stanford University", "University of Michigan", "Texas A&M University", "Penn State University",
        "University of Dayton Research Institute", "Sandia National Laboratories"};
    private static final String[] OFFICER_TITLES = {"CEO", "President", "CTO", "Owner", "Founder", "Vice President"};
    private static final String[] PI_TITLES = {"Principal Investigator", "Chief Scientist", "Senior Engineer",
        "Director of Research", "Research Scientist"};

    private final long seed;
    private final long recipients;
    private final long firms;
    private final long rowMultiplier;
    private final long rowOffset;
    private final RecipientModel recipientModel;

    AwardModel(long seed, long recipients, long awards, RecipientModel recipientModel) {
        this.seed = seed;
        this.recipients = recipients;
        this.recipientModel = recipientModel;
        // About eight awards per firm on average, as in SBIR.gov (many firms win once, a few win hundreds).
        this.firms = Math.max(1, awards / 8);
        long m = Math.floorMod(RowRandom.mix(seed + 23), recipients) | 1;
        while (gcd(m, recipients) != 1) {
            m++;
        }
        this.rowMultiplier = m;
        this.rowOffset = Math.floorMod(RowRandom.mix(seed + 29), recipients);
    }

    SyntheticAward award(long record) {
        SplittableRandom rng = RowRandom.of(seed, RowRandom.AWARD, record);
        SyntheticAward a = new SyntheticAward();
        a.record = record;
        long firm = (long) (firms * Math.pow(rng.nextDouble(), 2.5));
        SplittableRandom firmRng = RowRandom.of(seed, RowRandom.FIRM, firm);
        // A stream of its own, so the street's draws leave every other column as it was.
        SplittableRandom street = RowRandom.of(seed, RowRandom.STREET, record);
        boolean absent = firmRng.nextDouble() < ABSENT_FIRM_SHARE;

        CompanyName name;
        String tradeName;
        long identityEntity;
        int stateIndex;
        String city;
        String zip5;
        String address1;
        String address2;
        if (absent) {
            name = CompanyNames.drawAbsent(firmRng);
            identityEntity = recipients + 1 + firm;
            tradeName = recipientModel.tradeName(identityEntity);
            stateIndex = Vocabulary.pickStateIndex(firmRng);
            int c = firmRng.nextInt(3);
            city = Vocabulary.STATES[stateIndex][2 + 2 * c];
            zip5 = Vocabulary.STATES[stateIndex][3 + 2 * c];
            address1 = StreetNoise.line(firmRng);
            address2 = null;
        } else {
            long row = 1 + Math.floorMod(firm % recipients * rowMultiplier + rowOffset, recipients);
            SyntheticRecipient r = recipientModel.recipient(row);
            name = r.name;
            identityEntity = r.entity;
            tradeName = recipientModel.tradeName(r.entity);
            a.entity = r.entity;
            a.recipientRecord = row;
            a.trueUei = r.entityUei;
            a.trueDuns = r.entityDuns;
            boolean moved = r.stateIndex < 0 || rng.nextInt(100) < 8;
            stateIndex = moved ? Vocabulary.pickStateIndex(rng) : r.stateIndex;
            city = moved ? Vocabulary.STATES[stateIndex][2] : NameNoise.titleCase(r.city);
            zip5 = moved ? Vocabulary.STATES[stateIndex][3] : r.zip5;
            address1 = moved ? StreetNoise.line(street) : r.address1;
            address2 = moved ? null : r.address2;
        }

        int year = awardYear(rng);
        a.noise = chooseNoise(rng, absent);
        if (a.noise == NoiseKind.MALFORMED) {
            a.defect = DEFECTS[rng.nextInt(DEFECTS.length)];
        }
        String written;
        if (a.noise == NoiseKind.TYPO) {
            a.typo = Typo.make(name, rng);
            written = a.typo == null ? null : a.typo.written();
        } else {
            written = NameNoise.apply(a.noise, name, tradeName, rng);
        }
        if (written == null) {
            a.noise = NoiseKind.EXACT;
            written = name.render();
        }
        String[] v = a.values;
        v[AwardColumns.COMPANY] = rng.nextInt(100) < 55 ? NameNoise.titleCase(written) : written;
        fillIdentifiers(a, rng, identityEntity, year);
        fillProgram(v, rng, year, a.defect);
        v[AwardColumns.ADDRESS1] = StreetNoise.written(address1, street);
        v[26] = address2 == null ? "" : NameNoise.titleCase(address2);
        v[AwardColumns.CITY] = city;
        v[AwardColumns.STATE] = Vocabulary.STATES[stateIndex][1];
        v[AwardColumns.ZIP] = zip(zip5, rng);
        fillPeople(v, rng, name, v[AwardColumns.PROGRAM]);
        v[1] = AwardText.title(rng, v[AwardColumns.PROGRAM], v[AwardColumns.PHASE]);
        v[30] = AwardText.abstractText(rng);
        return a;
    }

    private static NoiseKind chooseNoise(SplittableRandom rng, boolean absent) {
        double draw = rng.nextDouble();
        if (draw < MALFORMED_SHARE) {
            return NoiseKind.MALFORMED;
        }
        if (absent) {
            return NoiseKind.ABSENT;
        }
        if (draw < MALFORMED_SHARE + CONTRADICTING_SHARE) {
            return NoiseKind.CONTRADICTING_ID;
        }
        int weight = rng.nextInt(97);
        for (int i = 0; i < NAME_NOISE.length; i++) {
            weight -= NAME_NOISE_WEIGHT[i];
            if (weight < 0) {
                return NAME_NOISE[i];
            }
        }
        return NoiseKind.EXACT;
    }

    /**
     * UEIs appear on awards from 2022 (the federal switch), DUNS before; an award carries only
     * identifiers its company has. Some DUNS are damaged the ways spreadsheets damage them.
     */
    private void fillIdentifiers(SyntheticAward a, SplittableRandom rng, long entity, int year) {
        int kind = recipientModel.entityIdentifierKind(entity);
        EntityIdentifiers ids = recipientModel.identifiers();
        String uei = kind == 1 ? null : ids.uei(entity);
        String duns = kind == 2 ? null : ids.duns(entity);
        boolean modern = year >= 2022;
        if (uei != null && rng.nextDouble() >= (modern ? 0.93 : 0.05)) {
            uei = null;
        }
        if (duns != null && rng.nextDouble() >= (modern ? 0.12 : 0.88)) {
            duns = null;
        }
        if (a.noise == NoiseKind.CONTRADICTING_ID) {
            long other = 1 + rng.nextLong(recipients);
            SyntheticRecipient o = recipientModel.recipient(other);
            if (o.entity == a.entity) {
                o = recipientModel.recipient(other % recipients + 1);
            }
            boolean useUei = o.entityUei != null && (modern || o.entityDuns == null);
            uei = useUei ? o.entityUei : null;
            duns = useUei ? null : o.entityDuns;
        }
        a.identifierType = uei != null ? (duns != null ? "both" : "uei-only") : (duns != null ? "duns-only" : "neither");
        a.idFormat = "clean";
        String ueiCell = uei == null ? "" : uei;
        String dunsCell = duns == null ? "" : duns;
        int format = rng.nextInt(100);
        if (duns != null && format < 8) {
            a.idFormat = "duns-dashed";
            dunsCell = duns.substring(0, 3) + "-" + duns.substring(3, 6) + "-" + duns.substring(6);
        } else if (duns != null && format < 14 && duns.charAt(0) == '0') {
            a.idFormat = "duns-lost-zeros";
            dunsCell = stripZeros(duns);
        } else if (duns != null && format < 18) {
            a.idFormat = "duns-dot-zero";
            dunsCell = stripZeros(duns) + ".0";
        } else if (uei != null && format < 20) {
            a.idFormat = "uei-case";
            ueiCell = " " + uei.toLowerCase(Locale.ROOT) + " ";
        } else if (uei == null && duns == null && format < 30) {
            a.idFormat = "placeholder";
            dunsCell = PLACEHOLDERS[rng.nextInt(PLACEHOLDERS.length)];
        }
        a.values[AwardColumns.UEI] = ueiCell;
        a.values[AwardColumns.DUNS] = dunsCell;
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static void fillProgram(String[] v, SplittableRandom rng, int year, String defect) {
        int agency = weighted(rng, AGENCY_WEIGHT);
        String[] names = AGENCIES[agency];
        boolean phaseTwo = rng.nextInt(100) < 32;
        boolean sttr = year >= 1994 && rng.nextInt(100) < 12;
        v[AwardColumns.AGENCY] = names[0];
        v[3] = names.length == 1 ? "" : names[1 + rng.nextInt(names.length - 1)];
        v[AwardColumns.PHASE] = phaseTwo ? "Phase II" : "Phase I";
        v[AwardColumns.PROGRAM] = sttr ? "STTR" : "SBIR";
        String yy = RecipientModel.twoDigits(year % 100);
        v[6] = AGENCY_CODE[agency] + yy + "-" + (1 + rng.nextInt(999)) + "-" + (1000 + rng.nextInt(9000));
        v[7] = AGENCY_CODE[agency].charAt(0) + "A" + (8000 + rng.nextInt(2000)) + "-" + yy + "-C-" + (1000 + rng.nextInt(9000));
        int month = 1 + rng.nextInt(12);
        int day = 1 + rng.nextInt(28);
        int dateStyle = rng.nextInt(100);
        v[AwardColumns.PROPOSAL_AWARD_DATE] = rng.nextInt(100) < 4 ? "" : date(dateStyle, year, month, day);
        int endMonths = month + (phaseTwo ? 24 : 6) + rng.nextInt(6);
        v[9] = date(dateStyle, year + (endMonths - 1) / 12, 1 + (endMonths - 1) % 12, day);
        boolean solicitationKnown = rng.nextInt(100) < 75;
        v[10] = solicitationKnown ? AGENCY_CODE[agency] + " " + yy + "." + (1 + rng.nextInt(3)) : "";
        v[11] = solicitationKnown ? Integer.toString(month > 3 ? year : year - 1) : "";
        v[12] = solicitationKnown ? date(dateStyle, month > 3 ? year : year - 1, 1 + (month + 8) % 12, 15) : "";
        v[13] = rng.nextInt(100) < 70 ? date(dateStyle, month > 2 ? year : year - 1, 1 + (month + 9) % 12, 1 + rng.nextInt(28)) : "";
        v[14] = rng.nextInt(100) < 60 ? date(dateStyle, year, month, Math.max(1, day - 10)) : "";
        v[15] = rng.nextInt(100) < 80 ? AGENCY_CODE[agency].charAt(0) + yy + "-" + RecipientModel.twoDigits(1 + rng.nextInt(99)) : "";
        v[AwardColumns.AWARD_YEAR] = Integer.toString(year);
        v[AwardColumns.AWARD_AMOUNT] = "unparseable-amount".equals(defect)
                ? BAD_AMOUNTS[rng.nextInt(BAD_AMOUNTS.length)]
                : amount(rng, amountCents(rng, year, phaseTwo));
        v[20] = rng.nextInt(100) < 6 ? "Y" : "N";
        v[21] = rng.nextInt(100) < 10 ? "Y" : "N";
        v[22] = rng.nextInt(100) < 14 ? "Y" : "N";
        v[AwardColumns.NUMBER_EMPLOYEES] = rng.nextInt(100) < 8 ? ""
                : Long.toString(Math.min(500, Math.max(1, Math.round(Math.exp(2.3 + 1.3 * rng.nextGaussian())))));
    }

    private static void fillPeople(String[] v, SplittableRandom rng, CompanyName name, String program) {
        String domain = name.core()[0].toLowerCase(Locale.ROOT).replace("&", "and") + ".com";
        v[24] = rng.nextInt(100) < 60 ? "https://www." + domain : "";
        String areaCode = Integer.toString(201 + rng.nextInt(780));
        String[] contact = person(rng);
        v[31] = contact[0] + " " + contact[1];
        v[32] = pick(rng, OFFICER_TITLES);
        v[33] = areaCode + "-555-" + (1000 + rng.nextInt(9000));
        v[34] = contact[0].toLowerCase(Locale.ROOT) + "." + contact[1].toLowerCase(Locale.ROOT) + "@" + domain;
        String[] pi = person(rng);
        v[35] = pi[0] + " " + pi[1];
        v[36] = pick(rng, PI_TITLES);
        v[37] = areaCode + "-555-" + (1000 + rng.nextInt(9000));
        v[38] = pi[0].toLowerCase(Locale.ROOT) + "." + pi[1].toLowerCase(Locale.ROOT) + "@" + domain;
        boolean sttr = "STTR".equals(program);
        String[] poc = person(rng);
        v[39] = sttr ? pick(rng, RESEARCH_INSTITUTIONS) : "";
        v[40] = sttr ? "Dr. " + poc[0] + " " + poc[1] : "";
        v[41] = sttr ? (201 + rng.nextInt(780)) + "-555-" + (1000 + rng.nextInt(9000)) : "";
    }

    private static String[] person(SplittableRandom rng) {
        String surname = pick(rng, Vocabulary.SURNAME);
        return new String[] {pick(rng, Vocabulary.FIRST_NAME), surname.charAt(0) + surname.substring(1).toLowerCase(Locale.ROOT)};
    }

    /** Awards per year grew from a few thousand in 1983 to about 13K a year lately. */
    private static int awardYear(SplittableRandom rng) {
        // Triangular-ish ramp: the density rises linearly over 1983..2025.
        double u = Math.sqrt(0.06 + 0.94 * rng.nextDouble());
        return Math.min(2025, 1983 + (int) ((u - Math.sqrt(0.06)) / (1 - Math.sqrt(0.06)) * 43));
    }

    private static long amountCents(SplittableRandom rng, int year, boolean phaseTwo) {
        double scale = year < 2000 ? 0.45 : year < 2015 ? 0.7 : 1.0;
        double dollars = phaseTwo ? 700_000 + rng.nextDouble() * 1_200_000 : 100_000 + rng.nextDouble() * 175_000;
        long rounded = Math.round(dollars * scale / 50) * 50;
        return rng.nextInt(10) == 0 ? rounded * 100 + rng.nextInt(100) : rounded * 100;
    }

    /** Amount text as found in exports: 150000.0000, 150000, "1,500,000.50" or 150000.5. */
    private static String amount(SplittableRandom rng, long cents) {
        long dollars = cents / 100;
        int fraction = (int) (cents % 100);
        int style = rng.nextInt(100);
        if (style < 55) {
            return dollars + "." + RecipientModel.twoDigits(fraction) + "00";
        }
        if (style < 70 && fraction == 0) {
            return Long.toString(dollars);
        }
        if (style < 90) {
            return grouped(dollars) + "." + RecipientModel.twoDigits(fraction);
        }
        return dollars + "." + (fraction % 10 == 0 ? Integer.toString(fraction / 10) : RecipientModel.twoDigits(fraction));
    }

    private static String grouped(long value) {
        String digits = Long.toString(value);
        StringBuilder out = new StringBuilder(digits.length() + 4);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** Three date forms coexist in the export: 2023-03-15, 05/15/2022 and 10-01-2020. */
    private static String date(int style, int year, int month, int day) {
        String mm = RecipientModel.twoDigits(month);
        String dd = RecipientModel.twoDigits(day);
        if (style < 55) {
            return year + "-" + mm + "-" + dd;
        }
        return style < 90 ? mm + "/" + dd + "/" + year : mm + "-" + dd + "-" + year;
    }

    private static String zip(String zip5, SplittableRandom rng) {
        if (zip5 == null) {
            return "";
        }
        int style = rng.nextInt(100);
        if (style < 10) {
            return "";
        }
        if (style < 25) {
            return zip5 + "-" + (1000 + rng.nextInt(9000));
        }
        return style < 30 && zip5.charAt(0) == '0' ? zip5.substring(1) : zip5;
    }

    private static int weighted(SplittableRandom rng, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int draw = rng.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}

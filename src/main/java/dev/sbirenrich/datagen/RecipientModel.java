package dev.sbirenrich.datagen;

import static dev.sbirenrich.datagen.Vocabulary.pick;

import java.util.SplittableRandom;

/**
 * Derives recipient row i purely from (seed, i). Rows are mostly independent companies; some
 * repeat the previous row's company (duplicate identifiers), some are subsidiaries sharing a
 * parent's name words, some are unrelated companies with a near-identical name in another state.
 */
final class RecipientModel {
    static final double DUPLICATE_SHARE = 0.03;
    static final double CHILD_SHARE = 0.04;
    static final double LOOKALIKE_SHARE = 0.03;
    static final double FOREIGN_SHARE = 0.02;
    /** Bounds the chain of rows a row may derive from (duplicate of a child of a look-alike...). */
    private static final int MAX_DEPTH = 3;

    private static final String[] CHILD_WORDS = Vocabulary.words("FEDERAL GOVERNMENT DEFENSE"
            + " INTERNATIONAL HOLDINGS LABS SERVICES SYSTEMS RESEARCH");
    private static final String[] BUSINESS_TYPES = Vocabulary.words("2X 8W A2 HQ XS A8 8E LJ VW 2U 27 23 A5 QF");
    private static final String[] STRUCTURES = Vocabulary.words("2L 8H 2J 2K X6 ZZ CY");

    private final long seed;
    private final EntityIdentifiers identifiers;

    RecipientModel(long seed) {
        this.seed = seed;
        this.identifiers = new EntityIdentifiers(seed);
    }

    EntityIdentifiers identifiers() {
        return identifiers;
    }

    SyntheticRecipient recipient(long row) {
        return resolve(row, 0);
    }

    /** Whether the entity has a UEI and a DUNS: 0 both, 1 DUNS only, 2 UEI only. */
    int entityIdentifierKind(long entity) {
        int draw = RowRandom.of(seed, RowRandom.ENTITY, entity).nextInt(100);
        return draw < 55 ? 0 : draw < 83 ? 1 : 2;
    }

    /** The trade name a company may write after DBA; also its alternate name in the reference. */
    String tradeName(long entity) {
        return CompanyNames.tradeName(RowRandom.of(seed, RowRandom.TRADE_NAME, entity));
    }

    private SyntheticRecipient resolve(long row, int depth) {
        SplittableRandom rng = RowRandom.of(seed, RowRandom.RECIPIENT, row);
        double kind = rng.nextDouble();
        boolean mayDerive = depth < MAX_DEPTH && row > 1;
        SyntheticRecipient r;
        if (mayDerive && kind < DUPLICATE_SHARE) {
            r = duplicateOf(resolve(row - 1, depth + 1), rng);
        } else if (mayDerive && kind < DUPLICATE_SHARE + CHILD_SHARE) {
            r = childOf(resolve(1 + rng.nextLong(row - 1), depth + 1), row, rng);
        } else if (mayDerive && kind < DUPLICATE_SHARE + CHILD_SHARE + LOOKALIKE_SHARE) {
            r = lookalikeOf(resolve(1 + rng.nextLong(row - 1), depth + 1), row, rng);
        } else {
            r = independent(row, rng);
        }
        r.row = row;
        r.id = 17_000_000L + row;
        r.legalName = r.name.render();
        r.updateDate = isoDate(2008 + rng.nextInt(18), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
        r.businessTypes = businessTypes(rng);
        r.entityStructure = rng.nextInt(10) < 3 ? null : pick(rng, STRUCTURES);
        r.congressionalDistrict = r.stateIndex < 0 || rng.nextInt(10) == 0 ? null : twoDigits(1 + rng.nextInt(12));
        if (rng.nextInt(25) == 0) {
            r.alternateNames = "{\"" + tradeName(r.entity) + "\"}";
        }
        return r;
    }

    private SyntheticRecipient independent(long row, SplittableRandom rng) {
        SyntheticRecipient r = new SyntheticRecipient();
        r.entity = row;
        r.name = CompanyNames.draw(RowRandom.of(seed, RowRandom.NAME, row));
        setEntityIdentifiers(r);
        r.uei = r.entityUei;
        r.duns = r.entityDuns;
        if (rng.nextInt(10) < 3) {
            r.parentUei = r.uei;
            r.parentDuns = r.duns;
            r.parentName = r.name.render();
        }
        place(r, rng, rng.nextDouble() < FOREIGN_SHARE ? -1 : Vocabulary.pickStateIndex(rng));
        return r;
    }

    /** Another row of the same company: a subset of its identifiers, an older or newer name form. */
    private SyntheticRecipient duplicateOf(SyntheticRecipient original, SplittableRandom rng) {
        SyntheticRecipient r = new SyntheticRecipient();
        r.entity = original.entity;
        r.entityUei = original.entityUei;
        r.entityDuns = original.entityDuns;
        r.uei = r.entityUei;
        r.duns = r.entityDuns;
        if (r.uei != null && r.duns != null) {
            int subset = rng.nextInt(4);
            if (subset == 1) {
                r.uei = null;
            } else if (subset == 2) {
                r.duns = null;
            }
        }
        r.name = rng.nextInt(10) < 3 ? original.name.withSuffix(CompanyNames.drawSuffix(rng), false) : original.name;
        r.parentUei = original.parentUei;
        r.parentDuns = original.parentDuns;
        r.parentName = original.parentName;
        if (rng.nextInt(10) < 7) {
            copyPlace(original, r);
        } else {
            place(r, rng, original.stateIndex);
        }
        return r;
    }

    /** A subsidiary: the parent's name words plus a word, its own identifiers, parent_* filled. */
    private SyntheticRecipient childOf(SyntheticRecipient parent, long row, SplittableRandom rng) {
        SyntheticRecipient r = new SyntheticRecipient();
        r.entity = row;
        String[] core = java.util.Arrays.copyOf(parent.name.core(), parent.name.core().length + 1);
        core[core.length - 1] = pick(rng, CHILD_WORDS);
        r.name = new CompanyName(core, CompanyNames.drawSuffix(rng), false, false);
        setEntityIdentifiers(r);
        r.uei = r.entityUei;
        r.duns = r.entityDuns;
        r.parentUei = parent.uei;
        r.parentDuns = parent.duns;
        r.parentName = parent.legalName;
        place(r, rng, Vocabulary.pickStateIndex(rng));
        return r;
    }

    /** An unrelated company whose name differs from another's only by its suffix, in another state. */
    private SyntheticRecipient lookalikeOf(SyntheticRecipient other, long row, SplittableRandom rng) {
        SyntheticRecipient r = new SyntheticRecipient();
        r.entity = row;
        r.name = other.name.withSuffix(CompanyNames.drawSuffix(rng), false);
        setEntityIdentifiers(r);
        r.uei = r.entityUei;
        r.duns = r.entityDuns;
        int state = Vocabulary.pickStateIndex(rng);
        if (state == other.stateIndex) {
            state = (state + 1 + rng.nextInt(Vocabulary.STATES.length - 1)) % Vocabulary.STATES.length;
        }
        place(r, rng, state);
        return r;
    }

    private void setEntityIdentifiers(SyntheticRecipient r) {
        int kind = entityIdentifierKind(r.entity);
        r.entityUei = kind == 1 ? null : identifiers.uei(r.entity);
        r.entityDuns = kind == 2 ? null : identifiers.duns(r.entity);
    }

    private static void place(SyntheticRecipient r, SplittableRandom rng, int stateIndex) {
        r.stateIndex = stateIndex;
        r.address1 = StreetNoise.line(rng);
        int unit = rng.nextInt(1000);
        // A rare backslash, as found in hand-typed addresses; it exercises COPY escaping.
        r.address2 = unit < 150 ? "STE " + (100 + unit) : unit < 152 ? "UNIT " + unit + "\\B" : null;
        if (stateIndex < 0) {
            String[] foreign = Vocabulary.FOREIGN[rng.nextInt(Vocabulary.FOREIGN.length)];
            r.countryCode = foreign[0];
            r.city = foreign[1];
            return;
        }
        String[] state = Vocabulary.STATES[stateIndex];
        int city = rng.nextInt(3);
        r.countryCode = "USA";
        r.city = state[2 + 2 * city].toUpperCase(java.util.Locale.ROOT);
        r.zip5 = state[3 + 2 * city].substring(0, 3) + twoDigits(rng.nextInt(100));
        r.zip4 = rng.nextInt(5) == 0 ? null : fourDigits(rng.nextInt(10000));
    }

    private static void copyPlace(SyntheticRecipient from, SyntheticRecipient to) {
        to.stateIndex = from.stateIndex;
        to.address1 = from.address1;
        to.address2 = from.address2;
        to.city = from.city;
        to.zip5 = from.zip5;
        to.zip4 = from.zip4;
        to.countryCode = from.countryCode;
    }

    private static String businessTypes(SplittableRandom rng) {
        int count = 1 + rng.nextInt(4);
        int start = rng.nextInt(BUSINESS_TYPES.length);
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(BUSINESS_TYPES[(start + i) % BUSINESS_TYPES.length]);
        }
        return out.append('}').toString();
    }

    static String isoDate(int year, int month, int day) {
        return year + "-" + twoDigits(month) + "-" + twoDigits(day);
    }

    static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static String fourDigits(int value) {
        String digits = Integer.toString(value);
        return "0000".substring(digits.length()) + digits;
    }
}

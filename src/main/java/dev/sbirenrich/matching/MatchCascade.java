package dev.sbirenrich.matching;

import dev.sbirenrich.model.AwardKeys;
import dev.sbirenrich.model.Candidate;
import dev.sbirenrich.model.IdentifierStatus;
import dev.sbirenrich.model.MatchMethod;
import dev.sbirenrich.model.MatchResult;
import dev.sbirenrich.model.ProbeAnswer;
import dev.sbirenrich.model.Recipient;
import dev.sbirenrich.model.RecordId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides an award's match from the index's answers to all its probes: UEI exact, else DUNS exact,
 * else fuzzy name over the recipients the name and street blocks returned. An identifier match is
 * cross-checked against the name: when the identifier's recipient is named unlike the award (below
 * {@code identifierNameFloor}) and the name alone auto-accepts a different entity, the name wins
 * and the result says the identifier was overruled.
 *
 * <p>Fuzzy auto-accept needs all of: best score at or above {@code autoAcceptScore}; a lead of
 * {@code autoAcceptMargin} over the best candidate that is a different entity, or else (with
 * {@code zip5BreaksTies}) being the only entity within that margin at the award's zip5; no
 * identifier veto. A best score from {@code addressAcceptScore} up is enough, with the lead and no
 * veto, when the award's zip5 and city are the best candidate's. Failing those (with
 * {@code streetBreaksTies}), the only entity within the margin of the best at the award's street,
 * from {@code addressAcceptScore} up and not vetoed, is accepted.
 * Rows of one entity (same UEI, or same DUNS when either lacks a UEI) are duplicates, not rivals,
 * and are collapsed to their best row. A parent and its child are different legal entities and do
 * compete: choosing between them is exactly the ambiguity the margin guards. Veto: the award has a
 * valid UEI (or DUNS) and the candidate a different one; a candidate without that identifier does
 * not contradict. Otherwise a best score at or above {@code candidateScore} is reported as a
 * candidate with no recipient attached, and anything lower is unmatched.
 */
public class MatchCascade {
    /** Tolerance for comparing sums of doubles with configured thresholds. */
    private static final double EPSILON = 1e-9;
    private static final Candidate[] NO_CANDIDATES = new Candidate[0];

    private final MatchingSettings settings;
    private final MatchScorer scorer;

    public MatchCascade(MatchingSettings settings) {
        settings.validate();
        this.settings = settings;
        this.scorer = new MatchScorer(settings);
    }

    public MatchResult decide(AwardKeys keys, List<ProbeAnswer> answers) {
        MatchResult byId = byIdentifier(keys, answers);
        if (byId == null) {
            return fuzzy(keys, answers, false);
        }
        double similarity = idNameSimilarity(keys, byId.recipient, answers);
        return similarity < settings.identifierNameFloor - EPSILON ? crossCheck(keys, answers, byId, similarity) : byId;
    }

    /**
     * The identifier match that {@link #decide} would return without consulting the name's
     * candidates: the identifier's recipient is named like the award. Null otherwise, and then
     * {@link #decide} needs the name blocks' rows. Reads only the name keys' posting sizes.
     */
    public MatchResult identifiedAlike(AwardKeys keys, List<ProbeAnswer> answers) {
        MatchResult byId = byIdentifier(keys, answers);
        return byId == null || idNameSimilarity(keys, byId.recipient, answers) < settings.identifierNameFloor - EPSILON
                ? null : byId;
    }

    /** UEI exact, else DUNS exact, else null. */
    private static MatchResult byIdentifier(AwardKeys keys, List<ProbeAnswer> answers) {
        MatchResult byId = identifierMatch(keys.ueiStatus, keys.uei == null ? null : LookupKeys.uei(keys.uei),
                answers, MatchMethod.UEI_EXACT);
        return byId != null ? byId : identifierMatch(keys.dunsStatus,
                keys.duns == null ? null : LookupKeys.duns(keys.duns), answers, MatchMethod.DUNS_EXACT);
    }

    /** How alike the award's name and the identifier's recipient's are; 1 when the award has no name. */
    private double idNameSimilarity(AwardKeys keys, Recipient byId, List<ProbeAnswer> answers) {
        String[] tokens = tokensOf(keys);
        if (tokens.length == 0) {
            return 1.0;
        }
        TokenFrequencies df = TokenFrequencies.fromAnswers(tokens, answers, settings);
        return scorer.nameSimilarity(df.spelled(tokens), MatchScorer.tokensOf(byId), df);
    }

    /**
     * The identifier's recipient is named unlike the award. When the name auto-accepts another
     * entity on its own (ignoring the identifier's veto it would otherwise get), the name decides.
     * When the names share next to nothing (under half the floor: another company's identifier,
     * not a typo) and the name points at other entities without deciding between them, neither is
     * accepted: the award goes to review with the name's candidates. Otherwise the identifier's
     * match stands (a typo, or a renamed company).
     */
    private MatchResult crossCheck(AwardKeys keys, List<ProbeAnswer> answers, MatchResult byId, double similarity) {
        MatchResult byName = fuzzy(keys, answers, true);
        boolean unrelated = similarity < settings.identifierNameFloor / 2;
        boolean elsewhere = byName.method == MatchMethod.NAME_FUZZY_AUTO
                ? !sameEntity(byName.recipient, byId.recipient)
                : unrelated && byName.method == MatchMethod.NAME_FUZZY_CANDIDATE
                        && !sameEntity(byName.candidates[0].recipient, byId.recipient);
        if (elsewhere) {
            byName.identifierOverruled = true;
            return byName;
        }
        return byId;
    }

    private static MatchResult identifierMatch(IdentifierStatus status, String key, List<ProbeAnswer> answers,
            MatchMethod method) {
        if (status != IdentifierStatus.VALID || key == null) {
            return null;
        }
        for (ProbeAnswer answer : answers) {
            if (key.equals(answer.key) && answer.recipients != null && answer.recipients.length > 0) {
                MatchResult result = result(method, 1.0, RecipientOrder.pick(Arrays.asList(answer.recipients)));
                result.candidates = NO_CANDIDATES;
                result.identifierDuplicates = answer.recipients.length;
                return result;
            }
        }
        return null;
    }

    private MatchResult fuzzy(AwardKeys keys, List<ProbeAnswer> answers, boolean ignoreVeto) {
        Map<String, Recipient> rows = new LinkedHashMap<>();
        for (ProbeAnswer answer : answers) {
            if (LookupKeys.isBlockKey(answer.key) && answer.recipients != null) {
                for (Recipient r : answer.recipients) {
                    rows.putIfAbsent(RecordId.of(r.sourceFile, r.recordNumber), r);
                }
            }
        }
        String[] tokens = tokensOf(keys);
        TokenFrequencies df = TokenFrequencies.fromAnswers(tokens, answers, settings);
        Place place = Place.of(keys);
        String[] spelled = df.spelled(tokens);
        List<Candidate> scored = new ArrayList<>(rows.size());
        for (Recipient r : rows.values()) {
            double s = scorer.score(spelled, place, r, df);
            scored.add(new Candidate(r, s, !ignoreVeto && vetoed(keys, r)));
        }
        scored.sort(Comparator.comparingDouble((Candidate c) -> -c.score)
                .thenComparing(c -> c.recipient, RecipientOrder.PREFERRED));
        List<Candidate> entities = bestPerEntity(scored, settings.maxCandidates + 1);

        MatchResult result;
        if (entities.isEmpty() || entities.get(0).score < settings.candidateScore - EPSILON) {
            result = result(MatchMethod.UNMATCHED, 0.0, null);
        } else {
            Candidate best = entities.get(0);
            double runnerUp = entities.size() > 1 ? entities.get(1).score : 0.0;
            boolean leads = best.score - runnerUp >= settings.autoAcceptMargin - EPSILON;
            boolean accept = !best.vetoed && (best.score >= settings.autoAcceptScore - EPSILON
                    ? leads || zip5Decides(place, scored)
                    : leads && best.score >= settings.addressAcceptScore - EPSILON && atAddress(place, best.recipient));
            Candidate chosen = accept ? best : atStreet(place, scored);
            result = chosen != null
                    ? result(MatchMethod.NAME_FUZZY_AUTO, chosen.score, chosen.recipient)
                    : result(MatchMethod.NAME_FUZZY_CANDIDATE, best.score, null);
        }
        result.candidates = entities.subList(0, Math.min(settings.maxCandidates, entities.size()))
                .toArray(NO_CANDIDATES);
        result.candidatesExamined = rows.size();
        return result;
    }

    /** The award's zip5 and city are the recipient's. */
    private static boolean atAddress(Place award, Recipient recipient) {
        Place place = Place.of(recipient);
        return award.sameZip5(place) && award.sameCity(place);
    }

    /**
     * The only entity within the margin of the best that is at the award's street, if it scores
     * from {@code addressAcceptScore} up and is not vetoed; else null.
     */
    private Candidate atStreet(Place award, List<Candidate> sorted) {
        if (!settings.streetBreaksTies || award.street() == null) {
            return null;
        }
        double best = sorted.get(0).score;
        Candidate found = null;
        for (Candidate c : sorted) {
            if (best - c.score >= settings.autoAcceptMargin - EPSILON) {
                break;
            }
            if (award.sameStreet(Place.of(c.recipient))) {
                if (found == null) {
                    found = c;
                } else if (!sameEntity(found.recipient, c.recipient)) {
                    return null;
                }
            }
        }
        return found == null || found.vetoed || found.score < settings.addressAcceptScore - EPSILON ? null : found;
    }

    /** The best is at the award's zip5 and no other entity within the margin is. */
    private boolean zip5Decides(Place award, List<Candidate> sorted) {
        Candidate best = sorted.get(0);
        if (!settings.zip5BreaksTies || !award.sameZip5(Place.of(best.recipient))) {
            return false;
        }
        for (Candidate c : sorted) {
            if (best.score - c.score >= settings.autoAcceptMargin - EPSILON) {
                break;
            }
            if (!sameEntity(best.recipient, c.recipient) && award.sameZip5(Place.of(c.recipient))) {
                return false;
            }
        }
        return true;
    }

    private static String[] tokensOf(AwardKeys keys) {
        return NameNormalizer.splitNormalized(keys.nameTokens);
    }

    /** The first {@code limit} candidates of distinct entities, in the given (best-first) order. */
    private static List<Candidate> bestPerEntity(List<Candidate> sorted, int limit) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (kept.size() == limit) {
                break;
            }
            if (kept.stream().noneMatch(k -> sameEntity(k.recipient, c.recipient))) {
                kept.add(c);
            }
        }
        return kept;
    }

    static boolean sameEntity(Recipient a, Recipient b) {
        if (a.uei != null && b.uei != null) {
            return a.uei.equals(b.uei);
        }
        if (a.duns != null && b.duns != null) {
            return a.duns.equals(b.duns);
        }
        return a.recordNumber == b.recordNumber && Objects.equals(a.sourceFile, b.sourceFile);
    }

    private static boolean vetoed(AwardKeys keys, Recipient r) {
        return contradicts(keys.ueiStatus, keys.uei, r.uei) || contradicts(keys.dunsStatus, keys.duns, r.duns);
    }

    private static boolean contradicts(IdentifierStatus status, String awardId, String recipientId) {
        return status == IdentifierStatus.VALID && recipientId != null && !recipientId.equals(awardId);
    }

    private static MatchResult result(MatchMethod method, double score, Recipient recipient) {
        MatchResult r = new MatchResult();
        r.method = method;
        r.score = score;
        r.recipient = recipient;
        return r;
    }
}

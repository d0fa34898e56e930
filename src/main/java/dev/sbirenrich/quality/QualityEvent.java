package dev.sbirenrich.quality;

import dev.sbirenrich.model.EnrichedAward;
import dev.sbirenrich.model.IdentifierStatus;
import dev.sbirenrich.model.Rejection;

/**
 * What the quality monitor needs to know about one award, one rejected award row, one reference
 * snapshot the job uses, or one input file that ends early: a few numbers instead of the whole
 * record, so the shuffle to the single monitor stays cheap.
 */
public class QualityEvent {
    public enum Kind { ENRICHED, REJECTED, REFERENCE, TRUNCATED }

    public Kind kind;
    public boolean matched;
    public boolean noIdentifier;
    public boolean invalidIdentifier;
    public boolean duplicateIdentifier;
    public long enrichNanos;
    /** Wall clock when the award was classified, or when the reference snapshot was ready. */
    public long atMillis;
    /** REFERENCE: the snapshot's rows. */
    public long referenceEntries;
    /** REFERENCE: how many reports make the reference complete (one per snapshot). */
    public int referenceSubtasks;
    /** TRUNCATED: which file, and where and why its reading stopped. */
    public String truncation;

    public QualityEvent() {}

    public static QualityEvent enriched(EnrichedAward result, long nowMillis) {
        QualityEvent event = new QualityEvent();
        event.kind = Kind.ENRICHED;
        event.matched = result.match.method.matched();
        var keys = result.award.keys;
        event.noIdentifier = keys.ueiStatus != IdentifierStatus.VALID && keys.dunsStatus != IdentifierStatus.VALID;
        event.invalidIdentifier = keys.ueiStatus == IdentifierStatus.INVALID || keys.dunsStatus == IdentifierStatus.INVALID;
        event.duplicateIdentifier = event.matched && result.match.identifierDuplicates > 1;
        event.enrichNanos = result.enrichNanos;
        event.atMillis = nowMillis;
        return event;
    }

    public static QualityEvent rejected() {
        QualityEvent event = new QualityEvent();
        event.kind = Kind.REJECTED;
        return event;
    }

    public static QualityEvent truncated(Rejection rejection) {
        QualityEvent event = new QualityEvent();
        event.kind = Kind.TRUNCATED;
        event.truncation = rejection.input + " file " + rejection.sourceFile + ": " + rejection.detail;
        return event;
    }

    public static QualityEvent reference(long entries, int subtasks, long nowMillis) {
        QualityEvent event = new QualityEvent();
        event.kind = Kind.REFERENCE;
        event.referenceEntries = entries;
        event.referenceSubtasks = subtasks;
        event.atMillis = nowMillis;
        return event;
    }
}

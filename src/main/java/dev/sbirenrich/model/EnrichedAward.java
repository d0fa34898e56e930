package dev.sbirenrich.model;

/** An award with its match; one per input award that could be read. */
public class EnrichedAward {
    public Award award;
    public MatchResult match;
    /** Time from the award's arrival at the enrichment operator until its result, in nanoseconds. */
    public long enrichNanos;

    public EnrichedAward() {}

    public EnrichedAward(Award award, MatchResult match, long enrichNanos) {
        this.award = award;
        this.match = match;
        this.enrichNanos = enrichNanos;
    }
}

package dev.sbirenrich.model;

/** A scored fuzzy-name candidate for an award. */
public class Candidate {
    public Recipient recipient;
    /** Similarity in 0..1 including location evidence. */
    public double score;
    /** True when a valid award identifier contradicts the candidate's, which forbids auto-accept. */
    public boolean vetoed;

    public Candidate() {}

    public Candidate(Recipient recipient, double score, boolean vetoed) {
        this.recipient = recipient;
        this.score = score;
        this.vetoed = vetoed;
    }
}

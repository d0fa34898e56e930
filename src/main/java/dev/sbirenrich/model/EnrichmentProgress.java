package dev.sbirenrich.model;

/** How far an award's enrichment has got: one small state value read per arriving answer. */
public class EnrichmentProgress {
    public int answers;
    /** Answers the award waits for; -1 until the award itself has arrived. */
    public int expected = -1;
    /** When the first answer arrived (System.nanoTime), 0 before. */
    public long startNanos;

    public EnrichmentProgress() {}

    public boolean complete() {
        return answers == expected;
    }
}

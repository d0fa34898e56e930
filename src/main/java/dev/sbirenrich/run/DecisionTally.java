package dev.sbirenrich.run;

import java.util.ArrayList;
import java.util.List;

/**
 * What became of the reviewers' decisions a run was given: applied, not applied because the
 * reference lacks the accepted recipient, rows of the decisions files that cannot be applied at all, and
 * decisions whose award the run never read. The two lists name the decisions that did nothing.
 */
public class DecisionTally {
    /** At most this many decisions are listed by name; the counts are always whole. */
    public static final int LISTED = 1_000;

    /** Valid decisions in the files the run was started with (local runs). */
    public long given;
    public long applied;
    /** Met with their award, but accepting a recipient the reference does not hold: the cascade's result stands. */
    public long unapplied;
    /** Rows of the decisions files in rejected/ (bad rows, conflicting verdicts, a wrong header). */
    public long rejectedRows;
    /** Given, but their award is not in the run's output (neither enriched nor rejected). */
    public long absent;
    /** "file#record accept UEI-or-DUNS" of each unapplied decision. */
    public List<String> unappliedDecisions = new ArrayList<>();
    /** "file#record verdict" of each absent decision. */
    public List<String> absentDecisions = new ArrayList<>();

    public DecisionTally() {}

    public void unapplied(String decision) {
        unapplied++;
        list(unappliedDecisions, decision);
    }

    public void absent(String decision) {
        absent++;
        list(absentDecisions, decision);
    }

    private static void list(List<String> listed, String decision) {
        if (listed.size() < LISTED) {
            listed.add(decision);
        }
    }
}

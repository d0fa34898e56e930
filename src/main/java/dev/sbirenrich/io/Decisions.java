package dev.sbirenrich.io;

import dev.sbirenrich.model.Decision;
import java.util.List;

/** What a decisions file or directory holds: the decisions to apply, at most one per award, and the rows not applied. */
public record Decisions(List<Decision> valid, List<DecisionProblem> problems) {
    public Decisions {
        valid = List.copyOf(valid);
        problems = List.copyOf(problems);
    }
}

package dev.sbirenrich.pipeline;

import dev.sbirenrich.io.DecisionProblem;
import dev.sbirenrich.io.Decisions;
import dev.sbirenrich.io.DecisionsReader;
import dev.sbirenrich.model.Decision;
import dev.sbirenrich.model.Rejection;
import java.util.List;
import org.apache.flink.api.connector.source.Source;

/**
 * Reviewers' decisions for a job: those read when it was submitted, the rows of those files that
 * cannot be applied (they go to the run's rejected output), and, when not null, new decisions
 * files a watching job reads as they appear ({@code updates} yields each new file's path once;
 * {@code alreadyRead} are the files read at submission, which it skips).
 */
public record ReviewDecisions(Decision[] submitted, Rejection[] problems, Source<String, ?, ?> updates,
        List<String> alreadyRead) {
    public static final ReviewDecisions NONE = new ReviewDecisions(new Decision[0], new Rejection[0], null, List.of());

    public static ReviewDecisions of(Decisions read, Source<String, ?, ?> updates, List<String> alreadyRead) {
        return new ReviewDecisions(read.valid().toArray(new Decision[0]), rejections(read.problems()), updates,
                alreadyRead);
    }

    /** A decisions file's rows that cannot be applied, as rejected rows of input {@code decisions}. */
    static Rejection[] rejections(List<DecisionProblem> problems) {
        return problems.stream()
                .map(p -> new Rejection(DecisionsReader.INPUT, p.file(), p.line(), p.reason(), p.detail(), p.raw()))
                .toArray(Rejection[]::new);
    }
}

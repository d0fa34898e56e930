package dev.sbirenrich.evaluation;

import java.util.Map;
import java.util.TreeMap;

/** One matcher's tallies overall and broken down by method, noise kind, identifier type and id format. */
public class Scoreboard {
    public Tally overall = new Tally();
    public Map<String, Tally> byMethod = new TreeMap<>();
    public Map<String, Tally> byNoise = new TreeMap<>();
    public Map<String, Tally> byIdentifierType = new TreeMap<>();
    public Map<String, Tally> byIdFormat = new TreeMap<>();
    /** Typo awards by the kind of slip, by its letter in the word, and by its word in the name. */
    public Map<String, Tally> byTypoKind = new TreeMap<>();
    public Map<String, Tally> byTypoLetter = new TreeMap<>();
    public Map<String, Tally> byTypoWord = new TreeMap<>();

    public Scoreboard() {}

    void add(TruthRecord truth, Outcome outcome) {
        boolean correct = EntityJudge.isCorrect(truth, outcome);
        boolean candidateHit = EntityJudge.offersTrueEntity(truth, outcome);
        overall.add(truth, outcome, correct, candidateHit);
        byMethod.computeIfAbsent(outcome.method(), k -> new Tally()).add(truth, outcome, correct, candidateHit);
        byNoise.computeIfAbsent(truth.noise(), k -> new Tally()).add(truth, outcome, correct, candidateHit);
        byIdentifierType.computeIfAbsent(truth.identifierType(), k -> new Tally())
                .add(truth, outcome, correct, candidateHit);
        byIdFormat.computeIfAbsent(truth.idFormat(), k -> new Tally()).add(truth, outcome, correct, candidateHit);
        if (truth.typoKind() != null) {
            byTypoKind.computeIfAbsent(truth.typoKind(), k -> new Tally()).add(truth, outcome, correct, candidateHit);
            byTypoLetter.computeIfAbsent(truth.typoLetter(), k -> new Tally()).add(truth, outcome, correct, candidateHit);
            byTypoWord.computeIfAbsent(truth.typoWord(), k -> new Tally()).add(truth, outcome, correct, candidateHit);
        }
    }
}

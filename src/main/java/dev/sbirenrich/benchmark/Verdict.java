package dev.sbirenrich.benchmark;

/** Outcome of comparing a benchmark with its baseline; the worst finding decides. */
public enum Verdict {
    OK, WARNING, FAILURE;

    Verdict worst(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}

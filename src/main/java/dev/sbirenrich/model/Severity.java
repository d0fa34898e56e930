package dev.sbirenrich.model;

/** How bad an alert is; declared in rising order so the worst of several is the largest. */
public enum Severity {
    INFO,
    WARNING,
    FAILURE;

    public static Severity worst(Severity a, Severity b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

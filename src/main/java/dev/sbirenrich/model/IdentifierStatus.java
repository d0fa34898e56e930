package dev.sbirenrich.model;

/** Whether an identifier cell held a usable value. */
public enum IdentifierStatus {
    VALID,
    MISSING,
    INVALID
}

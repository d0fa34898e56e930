package dev.sbirenrich.evaluation;

/** The parts of a matched or candidate recipient that decide whether it is the true company. */
public record AttachedRecipient(long record, String uei, String duns) {}

package dev.sbirenrich.cli;

/** A mistake in how the command was called; reported as one line, exit code 2. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}

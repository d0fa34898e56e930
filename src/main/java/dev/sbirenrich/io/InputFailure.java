package dev.sbirenrich.io;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;

/**
 * Sorts the failures of reading an input into those that come back on every retry, because the
 * input itself is bad, and those a restart may cure (a network error, a lost TaskManager).
 *
 * <p>Deterministic: truncated or corrupt compression ({@link EOFException}, {@link ZipException}),
 * a file that vanished ({@link FileNotFoundException}, {@link NoSuchFileException}) or cannot be
 * read ({@link AccessDeniedException}), bytes that are not the expected format
 * ({@link InputFormatException}, {@link CharacterCodingException}). Retrying those only loops, so a
 * job fails at once: throw {@code new SuppressRestartsException(InputFailure.describe(file, e))}
 * (Flink's {@code org.apache.flink.runtime.execution.SuppressRestartsException} skips the restart
 * strategy), and the CLI prints the {@link InputFormatException}'s one line, exit code 2. Any
 * deterministic failure of a job, not only a reader's, can be reported that way.
 *
 * <p>Everything else is transient and goes to Flink's bounded restart strategy.
 */
public final class InputFailure {
    private InputFailure() {}

    /** Whether {@code failure} or one of its causes is a problem of the input itself, which no retry cures. */
    public static boolean isDeterministic(Throwable failure) {
        return deterministicCause(failure) != null;
    }

    /**
     * Whether {@code failure} is a compressed stream that ends early or turns corrupt: what was
     * read before it is good, nothing after it can be read.
     */
    public static boolean isTruncation(Throwable failure) {
        return failure instanceof EOFException || failure instanceof ZipException;
    }

    /**
     * The failure as one line naming {@code file} and the problem; an {@link InputFormatException}
     * that already names its file is returned as it is.
     */
    public static InputFormatException describe(String file, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InputFormatException e) {
                return e;
            }
        }
        Throwable cause = deterministicCause(failure);
        return new InputFormatException(file + ": " + problem(cause == null ? failure : cause));
    }

    private static Throwable deterministicCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InputFormatException || t instanceof CharacterCodingException
                    || t instanceof FileNotFoundException || t instanceof NoSuchFileException
                    || t instanceof AccessDeniedException || isTruncation(t)) {
                return t;
            }
        }
        return null;
    }

    /** What went wrong, in words, e.g. "truncated or corrupt compressed data (Unexpected end of ZLIB input stream)". */
    public static String problem(Throwable failure) {
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        if (isTruncation(failure)) {
            return "truncated or corrupt compressed data (" + detail + ")";
        }
        if (failure instanceof FileNotFoundException || failure instanceof NoSuchFileException) {
            return "the file vanished or cannot be opened (" + detail + ")";
        }
        if (failure instanceof AccessDeniedException) {
            return "the file is not readable (permission denied)";
        }
        if (failure instanceof CharacterCodingException) {
            return "bytes that are not UTF-8 (" + detail + ")";
        }
        return detail;
    }
}

package dev.sbirenrich.quality;

/** A run finished but its output was not published; the message is the one-line reason for the console. */
public class QualityGateFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QualityGateFailedException(String message) {
        super(message);
    }
}

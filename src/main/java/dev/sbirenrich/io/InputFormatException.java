package dev.sbirenrich.io;

import java.io.IOException;
import java.util.List;

/**
 * A file-level problem that makes an input unusable (not found, empty, a required column missing).
 * Its message is one line naming the file, fit to print as the CLI's error. A checked
 * {@link IOException} because it arises exactly where reading does and travels the same paths.
 */
public class InputFormatException extends IOException {
    public InputFormatException(String message) {
        super(message);
    }

    /** {@code what} names the source, e.g. "awards file data/a.csv". */
    static InputFormatException lacksColumns(String what, List<String> missing) {
        return new InputFormatException(what + " lacks required column(s): " + String.join(", ", missing));
    }
}

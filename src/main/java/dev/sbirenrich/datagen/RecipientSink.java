package dev.sbirenrich.datagen;

import java.io.Closeable;
import java.io.IOException;

/** Where generated recipient rows go: the CSV export form or the PostgreSQL COPY form. */
interface RecipientSink extends Closeable {
    void write(SyntheticRecipient recipient) throws IOException;
}

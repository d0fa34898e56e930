package dev.sbirenrich.reference;

import dev.sbirenrich.io.Decompression;
import dev.sbirenrich.io.PgCopyRecipientReader;
import dev.sbirenrich.io.RecipientColumns;
import dev.sbirenrich.io.RecipientCsvReader;
import dev.sbirenrich.io.RecordReader;
import dev.sbirenrich.model.Recipient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A recipients dump to build a snapshot from: its data files, in the order they are read, and how
 * they are written (a CSV export with a header when {@code columns} is null, else a PostgreSQL
 * COPY file with these columns).
 */
public record ReferenceInput(List<Path> files, RecipientColumns columns) {
    public ReferenceInput {
        files = List.copyOf(files);
    }

    public String format() {
        return columns == null ? "csv" : "pg-copy";
    }

    /**
     * A reader of one of the files. Rows and their rejections name the file by its name alone: a
     * snapshot is content-addressed, so a run that reuses it may have the same file elsewhere.
     */
    RecordReader<Recipient> open(Path file) throws IOException {
        var in = Decompression.open(file.toString(), Files.newInputStream(file));
        String name = file.getFileName().toString();
        return columns == null ? new RecipientCsvReader(name, in) : PgCopyRecipientReader.factory(columns).open(name, in);
    }
}

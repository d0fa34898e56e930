package dev.sbirenrich.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The committed part files under an output directory. Hidden files (a leading '.' or '_') are
 * in-progress or pending parts of an unfinished checkpoint, or markers: readers never see them.
 * Names are filtered before any file is examined, because a running job renames its in-progress
 * files at any moment.
 */
public final class CommittedFiles {
    private CommittedFiles() {}

    public static List<Path> under(Path dir) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try {
                collect(dir, files);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.sort(null);
        return files;
    }

    private static void collect(Path dir, List<Path> files) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") || name.startsWith("_")) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    collect(entry, files);
                } else if (Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        }
    }
}

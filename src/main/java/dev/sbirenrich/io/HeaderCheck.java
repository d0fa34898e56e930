package dev.sbirenrich.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Pre-flight check the CLI runs before starting a job: every input path exists, directories hold
 * data files (a watched awards directory may still be empty), and each file opens with the same
 * reader the job uses (so an empty file or a missing required column fails here, in one line,
 * instead of minutes into the job). Directories are walked like Flink's file source does:
 * recursively, skipping names that start with {@code .} or {@code _}.
 */
public final class HeaderCheck {
    private HeaderCheck() {}

    /** The awards data files found under {@code paths}, each checked. */
    public static List<Path> awards(List<Path> paths) throws IOException {
        return check(AwardCsvReader.INPUT, paths, AwardCsvReader::new, false);
    }

    /**
     * The awards data files found so far under {@code paths}, for a job that watches them: a
     * directory may still be empty (the job is started before the first file is dropped in), but
     * it must exist, and the files already there are checked.
     */
    public static List<Path> watchedAwards(List<Path> paths) throws IOException {
        return check(AwardCsvReader.INPUT, paths, AwardCsvReader::new, true);
    }

    public static List<Path> recipientsCsv(List<Path> paths) throws IOException {
        return check(RecipientCsvReader.INPUT, paths, RecipientCsvReader::new, false);
    }

    public static List<Path> recipientsPgCopy(List<Path> paths, RecipientColumns columns) throws IOException {
        return check(RecipientCsvReader.INPUT, paths, PgCopyRecipientReader.factory(columns), false);
    }

    private static <T> List<Path> check(String input, List<Path> paths, RecordReaderFactory<T> factory,
            boolean emptyDirectoriesAllowed) throws IOException {
        List<Path> files = dataFiles(input, paths, emptyDirectoriesAllowed);
        for (Path file : files) {
            try (InputStream in = Decompression.open(file.toString(), Files.newInputStream(file))) {
                factory.open(file.toString(), in).close();
            }
        }
        return files;
    }

    private static List<Path> dataFiles(String input, List<Path> paths, boolean emptyDirectoriesAllowed)
            throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new InputFormatException(input + " file not found: " + path);
            }
            if (isHidden(path)) {
                throw new InputFormatException(input + " path " + path
                        + " would be skipped: names starting with . or _ are hidden");
            }
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            List<Path> found = new ArrayList<>();
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            found.sort(null);
            if (found.isEmpty() && !emptyDirectoriesAllowed) {
                throw new InputFormatException(input + " directory has no data files: " + path);
            }
            files.addAll(found);
        }
        return files;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && (name.toString().startsWith(".") || name.toString().startsWith("_"));
    }
}

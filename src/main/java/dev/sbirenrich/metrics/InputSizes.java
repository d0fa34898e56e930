package dev.sbirenrich.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What a run will read, known before it starts: the data files and their byte lengths per input. */
public record InputSizes(long awardsBytes, int awardsFiles, long recipientsBytes, int recipientsFiles) {
    public static InputSizes of(List<Path> awardFiles, List<Path> recipientFiles) throws IOException {
        return new InputSizes(bytes(awardFiles), awardFiles.size(), bytes(recipientFiles), recipientFiles.size());
    }

    private static long bytes(List<Path> files) throws IOException {
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        return total;
    }
}

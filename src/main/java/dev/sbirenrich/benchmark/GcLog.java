package dev.sbirenrich.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Peak Java heap in use, from a unified GC log ({@code -Xlog:gc:file=...}): the largest "before"
 * figure of the collections' {@code 812M->95M(1024M)}. The heap is fullest right before a
 * collection, so this is the real peak up to the last collection (allocation after it is not seen).
 */
final class GcLog {
    private static final Pattern HEAP = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private GcLog() {}

    /** Peak heap used in MiB, or null when the log holds no collection. */
    static Double peakHeapMb(Path log) throws IOException {
        if (!Files.isRegularFile(log)) {
            return null;
        }
        return peakHeapMb(Files.readAllLines(log));
    }

    static Double peakHeapMb(List<String> lines) {
        Double peak = null;
        for (String line : lines) {
            Matcher m = HEAP.matcher(line);
            if (m.find()) {
                double before = mebibytes(Long.parseLong(m.group(1)), m.group(2));
                peak = peak == null ? before : Math.max(peak, before);
            }
        }
        return peak;
    }

    private static double mebibytes(long value, String unit) {
        return switch (unit) {
            case "K" -> value / 1024.0;
            case "G" -> value * 1024.0;
            default -> value;
        };
    }
}

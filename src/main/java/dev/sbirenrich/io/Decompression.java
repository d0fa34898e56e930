package dev.sbirenrich.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Opens a file's content by its extension: {@code .gz}/{@code .gzip} are decompressed, other known
 * compressions are refused, anything else is read as is. Pure Java so the pre-flight
 * {@link HeaderCheck} and the Flink source open files the same way. Only gzip because the inputs
 * are published that way (USAspending's dump files are {@code .dat.gz}).
 */
public final class Decompression {
    private static final List<String> GZIP = List.of(".gz", ".gzip");
    private static final List<String> UNSUPPORTED = List.of(".bz2", ".xz", ".zst", ".zip", ".deflate", ".lz4", ".7z");

    private Decompression() {}

    public static InputStream open(String fileName, InputStream raw) throws IOException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (GZIP.stream().anyMatch(lower::endsWith)) {
            try {
                return new GZIPInputStream(raw, 1 << 16);
            } catch (IOException e) {
                raw.close();
                throw new InputFormatException("file is not valid gzip: " + fileName + " (" + e.getMessage() + ")");
            }
        }
        for (String extension : UNSUPPORTED) {
            if (lower.endsWith(extension)) {
                raw.close();
                throw new InputFormatException("unsupported compression " + extension + ": " + fileName
                        + " (use .gz or uncompressed)");
            }
        }
        return raw;
    }
}

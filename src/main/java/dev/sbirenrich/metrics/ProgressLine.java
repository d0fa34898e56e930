package dev.sbirenrich.metrics;

import dev.sbirenrich.io.InputProgress;
import java.util.Locale;

/** One console line about a running local job: awards read, rate, share of input, the reference used. */
public final class ProgressLine {
    private ProgressLine() {}

    /**
     * @param elapsedSeconds since the job started
     * @param awardsPerSecond award records read per second over the last interval
     * @param reference which reference snapshot the awards are matched against
     */
    public static String format(long elapsedSeconds, InputProgress.Totals awards, InputSizes sizes,
            double awardsPerSecond, long heapUsedBytes, String reference) {
        return String.format(Locale.ROOT, "[%s] awards %,d read (%,.0f/s), %s of input; %s; heap %,d MB",
                clock(elapsedSeconds), awards.records(), awardsPerSecond,
                percent(awards.bytesRead(), sizes.awardsBytes()), reference, heapUsedBytes >> 20);
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", Math.min(100.0, 100.0 * part / whole));
    }

    private static String clock(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}

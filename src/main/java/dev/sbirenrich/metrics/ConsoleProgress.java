package dev.sbirenrich.metrics;

import dev.sbirenrich.io.InputProgress;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.run.RunSummary;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * While a local job runs (same JVM as its MiniCluster): samples heap use every second and prints a
 * progress line every few seconds, read from {@link InputProgress}, instead of a flood of logs.
 * Afterwards it knows the peak heap, for the run summary.
 */
public final class ConsoleProgress implements AutoCloseable {
    static final int PRINT_EVERY_SECONDS = 5;

    private final InputSizes sizes;
    private final String reference;
    private final PrintStream console;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "console-progress");
        thread.setDaemon(true);
        return thread;
    });
    private long ticks;
    private long lastAwards;
    private volatile long peakHeapBytes;

    private ConsoleProgress(InputSizes sizes, String reference, PrintStream console) {
        this.sizes = sizes;
        this.reference = reference;
        this.console = console;
    }

    /** Forgets earlier runs' files in this JVM and starts ticking. */
    public static ConsoleProgress start(InputSizes sizes, String reference, PrintStream console) {
        InputProgress.reset();
        ConsoleProgress progress = new ConsoleProgress(sizes, reference, console);
        progress.ticker.scheduleAtFixedRate(progress::tick, 1, 1, TimeUnit.SECONDS);
        return progress;
    }

    private void tick() {
        Runtime runtime = Runtime.getRuntime();
        long heap = runtime.totalMemory() - runtime.freeMemory();
        peakHeapBytes = Math.max(peakHeapBytes, heap);
        if (++ticks % PRINT_EVERY_SECONDS == 0) {
            InputProgress.Totals awards = InputProgress.totals(Award.class);
            double rate = (awards.records() - lastAwards) / (double) PRINT_EVERY_SECONDS;
            lastAwards = awards.records();
            console.println(ProgressLine.format(ticks, awards, sizes, rate, heap, reference));
        }
    }

    /** Records timings and memory of the finished run. */
    public void fill(RunSummary summary) {
        summary.peakHeapUsedMb = peakHeapBytes >> 20;
        summary.maxHeapMb = Runtime.getRuntime().maxMemory() >> 20;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}

package dev.sbirenrich.datagen;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/** Prints "generate: 40% (...)" each time the shared row count passes another tenth of the total. */
final class Progress {
    private final long total;
    private final PrintStream err;
    private final long startNanos = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong nextTenth = new AtomicLong(1);

    Progress(long total, PrintStream err) {
        this.total = Math.max(1, total);
        this.err = err;
    }

    void advance(long rows) {
        long now = done.addAndGet(rows);
        long tenth = nextTenth.get();
        if (now * 10 >= tenth * total && nextTenth.compareAndSet(tenth, now * 10 / total + 1)) {
            err.printf("generate: %d%% (%d of %d rows, %.1f s)%n", now * 100 / total, now, total,
                    (System.nanoTime() - startNanos) / 1e9);
        }
    }
}

package dev.sbirenrich.metrics;

import dev.sbirenrich.io.InputProgress;
import dev.sbirenrich.model.IdentifierStatus;
import dev.sbirenrich.model.Rejection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.MetricGroup;

/**
 * Metrics of one input's records in the operator right after its file source: rejected rows per
 * reason, and byte progress of the files this subtask has received records from. That operator is
 * chained to its source, so those are exactly the files its source subtask reads, and summing over
 * subtasks counts every file once.
 */
public final class InputMetrics {
    private final MetricGroup group;
    private final Counter read;
    private final Counter rejected;
    private final Counter invalidIdentifiers;
    private final Map<String, Counter> rejectedByReason = new HashMap<>();
    private final List<String> files = new ArrayList<>();
    private String lastFile;

    /**
     * Registers {@code <prefix>Read}, {@code <prefix>Rejected}, {@code invalidIdentifiers},
     * {@code <prefix>InputBytesRead}, {@code <prefix>InputBytes} and {@code <prefix>InputProgress}.
     */
    public InputMetrics(MetricGroup group, String prefix) {
        this.group = group;
        read = group.counter(prefix + MetricNames.READ_SUFFIX);
        rejected = group.counter(prefix + MetricNames.REJECTED_SUFFIX);
        invalidIdentifiers = group.counter(MetricNames.INVALID_IDENTIFIERS);
        group.gauge(prefix + MetricNames.INPUT_BYTES_READ_SUFFIX, (Gauge<Long>) () -> totals().bytesRead());
        group.gauge(prefix + MetricNames.INPUT_BYTES_SUFFIX, (Gauge<Long>) () -> totals().bytes());
        group.gauge(prefix + MetricNames.INPUT_PROGRESS_SUFFIX, (Gauge<Double>) this::fraction);
        // Every reason from the start, at 0: a dashboard then shows 0 rather than "No data".
        for (String reason : Rejection.REASONS) {
            rejectedByReason.put(reason, reasonCounter(reason));
        }
    }

    /**
     * Counts a record as read and, when the reader could not read it, as rejected under its reason.
     * Returns whether the record is readable.
     */
    public boolean read(String file, Rejection rejection) {
        read.inc();
        seen(file);
        if (rejection == null) {
            return true;
        }
        rejected.inc();
        rejected(rejection.reason);
        return false;
    }

    /** Counts an identifier cell that held a value but not a usable one. */
    public void invalidIdentifier(IdentifierStatus status) {
        if (status == IdentifierStatus.INVALID) {
            invalidIdentifiers.inc();
        }
    }

    /** Called per record with its source file; cheap while the file stays the same. */
    private void seen(String file) {
        if (file != null && !file.equals(lastFile)) {
            lastFile = file;
            synchronized (files) {
                if (!files.contains(file)) {
                    files.add(file);
                }
            }
        }
    }

    /**
     * Counts a rejected row under its reason: rejectedRows{reason="bad-amount"} in Prometheus. A
     * reason outside {@link Rejection#REASONS} gets its counter on first use.
     */
    private void rejected(String reason) {
        rejectedByReason.computeIfAbsent(reason, this::reasonCounter).inc();
    }

    private Counter reasonCounter(String reason) {
        return group.addGroup(MetricNames.REASON_GROUP, reason).counter(MetricNames.REJECTED_ROWS);
    }

    private InputProgress.Totals totals() {
        List<InputProgress.FileProgress> progress = new ArrayList<>();
        synchronized (files) {
            for (String file : files) {
                InputProgress.FileProgress p = InputProgress.of(file);
                if (p != null) {
                    progress.add(p);
                }
            }
        }
        return InputProgress.sum(progress);
    }

    private double fraction() {
        InputProgress.Totals t = totals();
        return t.bytes() == 0 ? 0.0 : Math.min(1.0, (double) t.bytesRead() / t.bytes());
    }
}

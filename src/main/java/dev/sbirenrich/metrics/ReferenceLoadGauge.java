package dev.sbirenrich.metrics;

import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.MetricGroup;

/**
 * referenceComplete: 1 once this subtask has seen the reference gate open (event time past the
 * reference load), else 0. A subtask learns it when it next handles an award or probe, so
 * dashboards take the max over subtasks.
 */
public final class ReferenceLoadGauge {
    private volatile boolean complete;

    public ReferenceLoadGauge(MetricGroup group) {
        group.gauge(MetricNames.REFERENCE_COMPLETE, (Gauge<Integer>) () -> complete ? 1 : 0);
    }

    /** Called with the gate's state whenever the operator checks it; one volatile write, once. */
    public void observe(boolean gateOpen) {
        if (gateOpen && !complete) {
            complete = true;
        }
    }
}

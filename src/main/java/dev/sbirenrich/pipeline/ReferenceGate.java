package dev.sbirenrich.pipeline;

import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.Recipient;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Event time is used as a completion signal, not as a clock: no award may be classified before the
 * reference data is completely loaded.
 *
 * <p>The reference source emits no watermarks, so a bounded reference input holds event time at MIN
 * until it finishes and emits MAX. The awards source emits a constant watermark {@link #OPEN}. An
 * operator reading both sees min(reference, awards): below OPEN while the reference loads, OPEN once
 * it is complete. Operators buffer awards until then and release them from an event-time timer at
 * OPEN. In BATCH mode the same timers fire at the end of each key, after the reference side of that
 * key (Flink sorts the keyed inputs and feeds the first input first).
 */
public final class ReferenceGate {
    /** The watermark at and after which the reference data is complete. */
    public static final long OPEN = 0L;

    private ReferenceGate() {}

    public static WatermarkStrategy<Recipient> recipients() {
        return WatermarkStrategy.noWatermarks();
    }

    /**
     * Idleness applies to the awards side only: an awards subtask without input must not freeze event
     * time, whereas idleness on the reference side would open the gate before loading finished.
     */
    public static WatermarkStrategy<Award> awards(Duration idleTimeout) {
        return WatermarkStrategy.<Award>forGenerator(context -> new AwardsOpenGenerator())
                .withIdleness(idleTimeout);
    }

    public static boolean isOpen(long currentWatermark) {
        return currentWatermark >= OPEN;
    }

    private static final class AwardsOpenGenerator implements WatermarkGenerator<Award> {
        @Override
        public void onEvent(Award event, long eventTimestamp, WatermarkOutput output) {}

        @Override
        public void onPeriodicEmit(WatermarkOutput output) {
            output.emitWatermark(new Watermark(OPEN));
        }
    }
}

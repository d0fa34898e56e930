package dev.sbirenrich.pipeline;

import dev.sbirenrich.config.QualitySettings;
import dev.sbirenrich.metrics.MetricNames;
import dev.sbirenrich.model.Alert;
import dev.sbirenrich.model.Severity;
import dev.sbirenrich.quality.QualityEvent;
import dev.sbirenrich.quality.QualityRules;
import dev.sbirenrich.quality.QualityTally;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the quality rules over the award stream (one key, parallelism 1): over each window as it
 * closes, raising its alerts at once, and over the whole run when the input ends (the event-time
 * timer at Long.MAX_VALUE fires only after every input finished), followed by the run's verdict.
 * A job that watches its awards paths has no end of input, and its awards source goes idle between
 * files, which lets event time reach Long.MAX_VALUE from the finished reference side alone: such a
 * job gets window alerts only, never a premature run verdict.
 */
public class QualityMonitor extends KeyedProcessFunction<Integer, QualityEvent, Alert> {
    /** The single key all quality events share. */
    public static final int KEY = 0;
    private static final Logger LOG = LoggerFactory.getLogger(QualityMonitor.class);
    private static final long END_OF_INPUT = Long.MAX_VALUE;

    private final QualitySettings settings;
    private final boolean boundedInput;

    private transient ValueState<QualityTally> run;
    private transient ValueState<QualityTally> window;
    private transient ValueState<Long> windowEnd;
    private transient QualityRules rules;
    private transient Map<Severity, Counter> alertCounters;
    private transient long heapAtStart;

    /** @param boundedInput false for a job that watches its awards paths for new files */
    public QualityMonitor(QualitySettings settings, boolean boundedInput) {
        this.settings = settings;
        this.boundedInput = boundedInput;
    }

    @Override
    public void open(OpenContext openContext) {
        run = getRuntimeContext().getState(new ValueStateDescriptor<>("quality-run", QualityTally.class));
        window = getRuntimeContext().getState(new ValueStateDescriptor<>("quality-window", QualityTally.class));
        windowEnd = getRuntimeContext().getState(new ValueStateDescriptor<>("quality-window-end", Long.class));
        rules = new QualityRules(settings);
        alertCounters = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            alertCounters.put(severity, getRuntimeContext().getMetricGroup().counter(MetricNames.alerts(severity.name())));
        }
        heapAtStart = usedHeap();
    }

    @Override
    public void processElement(QualityEvent event, Context ctx, Collector<Alert> out) throws Exception {
        QualityTally runTally = run.value() == null ? QualityTally.startingAt(1) : run.value();
        QualityTally windowTally = null;
        if (event.kind == QualityEvent.Kind.ENRICHED || event.kind == QualityEvent.Kind.REJECTED) {
            windowTally = window.value() == null ? QualityTally.startingAt(runTally.awards() + 1) : window.value();
            windowTally.add(event);
            window.update(windowTally);
            if (settings.processingTimeWindows() && windowEnd.value() == null) {
                long end = ctx.timerService().currentProcessingTime() + settings.windowMs;
                ctx.timerService().registerProcessingTimeTimer(end);
                windowEnd.update(end);
            }
        }
        runTally.add(event);
        run.update(runTally);
        if (boundedInput) {
            ctx.timerService().registerEventTimeTimer(END_OF_INPUT);
        }
        if (windowTally != null && !settings.processingTimeWindows() && windowTally.awards() >= settings.windowAwards) {
            closeWindow(windowTally, runTally, "awards " + windowTally.firstAward + "-" + windowTally.lastAward(), out);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        QualityTally runTally = run.value() == null ? QualityTally.startingAt(1) : run.value();
        if (ctx.timeDomain() == TimeDomain.PROCESSING_TIME) {
            windowEnd.clear();
            QualityTally windowTally = window.value();
            if (windowTally != null) {
                closeWindow(windowTally, runTally,
                        "processing-time " + Instant.ofEpochMilli(timestamp - settings.windowMs) + "/"
                                + Instant.ofEpochMilli(timestamp), out);
            }
            return;
        }
        List<Alert> runAlerts = new ArrayList<>(rules.awardRules(runTally, usedHeap() - heapAtStart));
        runAlerts.addAll(rules.referenceRules(runTally, runTally, true));
        rules.truncatedInputs(runTally).ifPresent(runAlerts::add);
        for (Alert alert : runAlerts) {
            emit(alert, QualityRules.RUN_WINDOW, out);
        }
        emit(QualityRules.verdict(runAlerts), QualityRules.RUN_WINDOW, out);
    }

    private void closeWindow(QualityTally windowTally, QualityTally runTally, String label, Collector<Alert> out)
            throws Exception {
        List<Alert> alerts = new ArrayList<>(rules.awardRules(windowTally, usedHeap() - heapAtStart));
        alerts.addAll(rules.referenceRules(windowTally, runTally, false));
        for (Alert alert : alerts) {
            emit(alert, label, out);
        }
        window.clear();
    }

    private void emit(Alert alert, String windowLabel, Collector<Alert> out) {
        alert.window = windowLabel;
        alert.runId = getRuntimeContext().getJobInfo().getJobId().toString();
        alert.time = Instant.now().toString();
        alertCounters.get(alert.severity).inc();
        String line = "quality " + alert.severity + " [" + alert.rule + ", " + windowLabel + "] " + alert.detail;
        switch (alert.severity) {
            case FAILURE -> LOG.error(line);
            case WARNING -> LOG.warn(line);
            case INFO -> LOG.info(line);
        }
        out.collect(alert);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}

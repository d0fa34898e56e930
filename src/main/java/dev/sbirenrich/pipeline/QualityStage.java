package dev.sbirenrich.pipeline;

import dev.sbirenrich.config.QualitySettings;
import dev.sbirenrich.model.Alert;
import dev.sbirenrich.model.EnrichedAward;
import dev.sbirenrich.model.Rejection;
import dev.sbirenrich.quality.QualityEvent;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.util.Collector;

/**
 * Wires the quality monitor beside the enrichment: enriched awards, rejected award rows, input
 * files that end early and the reference counts become small {@link QualityEvent}s, one monitor judges them, and its alerts go to
 * the alerts sink and, when configured, the webhook.
 */
public final class QualityStage {
    private QualityStage() {}

    /**
     * @param operationalAlerts alerts raised elsewhere in the job (recovery from a checkpoint), sent
     *     through the same channels as the quality rules' alerts
     * @param referenceEvents one report per reference snapshot the job uses
     * @param boundedInput false when the job watches its awards paths: no run verdict then
     */
    public static DataStream<Alert> attach(DataStream<EnrichedAward> enriched, DataStream<Rejection> rejected,
            DataStream<QualityEvent> referenceEvents, DataStream<Alert> operationalAlerts,
            Sink<Alert> alertsSink, QualitySettings settings, boolean boundedInput) {
        settings.processingTimeWindows(); // refuse an unknown window kind before the job starts
        DataStream<QualityEvent> awardEvents = enriched
                .map(result -> QualityEvent.enriched(result, System.currentTimeMillis()))
                .returns(QualityEvent.class)
                .uid(OperatorIds.ENRICHED_EVENTS).name("QualityEvents");
        DataStream<QualityEvent> rejectedEvents = rejected
                .flatMap((Rejection rejection, Collector<QualityEvent> out) -> {
                    if ("awards".equals(rejection.input)) {
                        out.collect(QualityEvent.rejected());
                    }
                    if (Rejection.TRUNCATED_INPUT.equals(rejection.reason)) {
                        out.collect(QualityEvent.truncated(rejection));
                    }
                })
                .returns(QualityEvent.class)
                .uid(OperatorIds.REJECTED_EVENTS).name("RejectedQualityEvents");
        DataStream<Alert> alerts = awardEvents.union(rejectedEvents, referenceEvents)
                .keyBy(event -> QualityMonitor.KEY)
                .process(new QualityMonitor(settings, boundedInput))
                .setParallelism(1)
                .uid(OperatorIds.QUALITY_MONITOR).name("QualityMonitor")
                .union(operationalAlerts);
        alerts.sinkTo(alertsSink).setParallelism(1).uid(OperatorIds.ALERTS_SINK).name("AlertsSink");
        if (settings.webhookUrl != null && !settings.webhookUrl.isBlank()) {
            alerts.sinkTo(new WebhookSink(settings)).setParallelism(1).uid(OperatorIds.WEBHOOK_SINK).name("AlertsWebhook");
        }
        return alerts;
    }
}

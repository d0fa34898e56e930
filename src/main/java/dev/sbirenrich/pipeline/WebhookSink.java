package dev.sbirenrich.pipeline;

import dev.sbirenrich.config.QualitySettings;
import dev.sbirenrich.metrics.MetricNames;
import dev.sbirenrich.model.Alert;
import dev.sbirenrich.quality.WebhookSender;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.metrics.Gauge;

/**
 * Hands alerts to a {@link WebhookSender}. At-most-once by design: an alert is a notification, and a
 * webhook that is down must neither stall the job nor fail it; alerts/ is the durable record.
 */
public class WebhookSink implements Sink<Alert> {
    private static final long serialVersionUID = 1L;

    private final QualitySettings settings;

    public WebhookSink(QualitySettings settings) {
        this.settings = settings;
    }

    @Override
    public SinkWriter<Alert> createWriter(WriterInitContext context) {
        WebhookSender sender = new WebhookSender(settings);
        context.metricGroup().gauge(MetricNames.WEBHOOK_DELIVERED, (Gauge<Long>) sender::delivered);
        context.metricGroup().gauge(MetricNames.WEBHOOK_DROPPED, (Gauge<Long>) sender::dropped);
        return new SinkWriter<>() {
            @Override
            public void write(Alert alert, Context writeContext) {
                sender.send(alert);
            }

            @Override
            public void flush(boolean endOfInput) {}

            @Override
            public void close() throws InterruptedException {
                sender.close();
            }
        };
    }
}

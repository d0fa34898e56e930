package dev.sbirenrich.quality;

import dev.sbirenrich.config.QualitySettings;
import dev.sbirenrich.model.Alert;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs alerts as JSON from its own thread, so a slow or dead endpoint never holds up the job: the
 * caller only offers to a bounded queue. A failed POST (error status or I/O error) is retried with
 * exponentially growing waits; an alert that still fails, or finds the queue full, is dropped,
 * counted and logged.
 */
public final class WebhookSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);

    private final URI url;
    private final QualitySettings settings;
    private final HttpClient client;
    private final BlockingQueue<Alert> queue;
    private final Thread worker;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong attempts = new AtomicLong();
    private volatile boolean closing;

    public WebhookSender(QualitySettings settings) {
        this.url = URI.create(settings.webhookUrl);
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(settings.webhookTimeoutMs)).build();
        this.queue = new ArrayBlockingQueue<>(settings.webhookQueueCapacity);
        this.worker = new Thread(this::deliverLoop, "alert-webhook");
        worker.setDaemon(true);
        worker.start();
    }

    /** Never blocks: a full queue drops the alert. */
    public void send(Alert alert) {
        if (!queue.offer(alert)) {
            drop(alert, "delivery queue full (" + settings.webhookQueueCapacity + ")");
        }
    }

    public long delivered() {
        return delivered.get();
    }

    public long dropped() {
        return dropped.get();
    }

    /** POST requests made, retries included. */
    public long attempts() {
        return attempts.get();
    }

    /**
     * Delivers what is queued, waiting at most as long as one alert's full retry schedule, then
     * stops: the end of a run still reaches the endpoint, a dead endpoint cannot hold the job up.
     */
    @Override
    public void close() throws InterruptedException {
        closing = true;
        worker.join(maxDeliveryMillis());
        worker.interrupt();
    }

    private void deliverLoop() {
        try {
            while (!closing || !queue.isEmpty()) {
                Alert alert = queue.poll(100, TimeUnit.MILLISECONDS);
                if (alert != null) {
                    deliver(alert);
                }
            }
        } catch (InterruptedException e) {
            queue.forEach(alert -> drop(alert, "sender closed before delivery"));
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(Alert alert) throws InterruptedException {
        String failure = null;
        long backoff = settings.webhookBackoffMs;
        for (int attempt = 0; attempt <= settings.webhookRetries; attempt++) {
            if (attempt > 0) {
                Thread.sleep(backoff);
                backoff *= 2;
            }
            attempts.incrementAndGet();
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(url)
                                .timeout(Duration.ofMillis(settings.webhookTimeoutMs))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(AlertJson.bytes(alert)))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() / 100 == 2) {
                    delivered.incrementAndGet();
                    return;
                }
                failure = "HTTP " + response.statusCode();
            } catch (IOException e) {
                failure = e.toString();
            }
        }
        drop(alert, failure + " after " + (settings.webhookRetries + 1) + " attempts");
    }

    private void drop(Alert alert, String why) {
        dropped.incrementAndGet();
        LOG.error("alert webhook {}: dropped {} alert {} ({})", url, alert.severity, alert.rule, why);
    }

    private long maxDeliveryMillis() {
        long total = 0;
        long backoff = settings.webhookBackoffMs;
        for (int attempt = 0; attempt <= settings.webhookRetries; attempt++) {
            total += settings.webhookTimeoutMs + (attempt > 0 ? backoff : 0);
            backoff = attempt > 0 ? backoff * 2 : backoff;
        }
        return total;
    }
}

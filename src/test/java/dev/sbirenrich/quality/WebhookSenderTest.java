package dev.sbirenrich.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.sbirenrich.config.QualitySettings;
import dev.sbirenrich.config.TestSettings;
import dev.sbirenrich.model.Alert;
import dev.sbirenrich.model.Severity;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void retriesWithBackoffUntilTheEndpointAccepts() throws Exception {
        start(2);
        QualitySettings settings = settings();
        WebhookSender sender = new WebhookSender(settings);
        long started = System.nanoTime();
        sender.send(alert("match-rate"));
        sender.close();

        assertThat(requests.get()).isEqualTo(3);
        assertThat(sender.attempts()).isEqualTo(3);
        assertThat(sender.delivered()).isEqualTo(1);
        assertThat(sender.dropped()).isZero();
        assertThat((System.nanoTime() - started) / 1_000_000).as("waited 20 + 40 ms").isGreaterThanOrEqualTo(60);
        assertThat(received).singleElement().satisfies(json -> {
            assertThat(json.path("rule").asText()).isEqualTo("match-rate");
            assertThat(json.path("severity").asText()).isEqualTo("FAILURE");
            assertThat(json.path("run_id").asText()).isEqualTo("run-1");
        });
    }

    @Test
    void dropsAfterTheLastRetryAndNeverBlocksTheCaller() throws Exception {
        start(Integer.MAX_VALUE);
        WebhookSender sender = new WebhookSender(settings(Map.of("webhookQueueCapacity", 1)));
        long started = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            sender.send(alert("rule-" + i));
        }
        assertThat((System.nanoTime() - started) / 1_000_000).as("send only enqueues").isLessThan(1_000);
        sender.close();

        assertThat(sender.delivered()).isZero();
        assertThat(sender.dropped()).isEqualTo(50);
        assertThat(received).isEmpty();
    }

    /** An endpoint on 127.0.0.1 that answers 503 to its first {@code failures} requests, 204 after. */
    private void start(int failures) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ObjectMapper json = new ObjectMapper();
        server.createContext("/alerts", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean fail = requests.incrementAndGet() <= failures;
            if (!fail) {
                received.add(json.readTree(body));
            }
            exchange.sendResponseHeaders(fail ? 503 : 204, -1);
            exchange.close();
        });
        server.start();
    }

    private QualitySettings settings() {
        return settings(Map.of());
    }

    private QualitySettings settings(Map<String, ?> more) {
        Map<String, Object> overrides = new HashMap<>(Map.of(
                "webhookUrl", "http://127.0.0.1:" + server.getAddress().getPort() + "/alerts",
                "webhookRetries", 3, "webhookBackoffMs", 20, "webhookTimeoutMs", 2_000));
        overrides.putAll(more);
        return TestSettings.quality(overrides);
    }

    private static Alert alert(String rule) {
        Alert alert = new Alert(Severity.FAILURE, rule, "match_rate", 0.7, 0.1, "match rate 0.100 below 0.700");
        alert.runId = "run-1";
        alert.window = "run";
        alert.time = "2025-01-01T00:00:00Z";
        return alert;
    }
}

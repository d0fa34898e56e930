package dev.sbirenrich.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.apache.flink.metrics.MetricConfig;
import org.junit.jupiter.api.Test;

class BoundPrometheusReporterTest {

    /**
     * Listens on 127.0.0.1 only and takes the next port of its range when one is taken. That it
     * serves the job's metrics is MetricsExportTest's part: local runs use this reporter.
     */
    @Test
    void listensOnTheLoopbackAddressOnly() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int first = taken.getLocalPort();
            MetricConfig config = new MetricConfig();
            config.setProperty("host", "127.0.0.1");
            config.setProperty("port", first + "-" + (first + 20));
            BoundPrometheusReporter reporter = new BoundPrometheusReporterFactory().createMetricReporter(config);
            try {
                reporter.open(config);
                int port = reporter.port();
                assertThat(port).isGreaterThan(first);

                HttpResponse<String> scrape = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(scrape.statusCode()).isEqualTo(200);
                assertThat(nonLoopbackAddresses()).allSatisfy(address -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(address, port), 500);
                        throw new AssertionError("reachable on " + address + ":" + port);
                    } catch (java.io.IOException refused) {
                        // not listening there: as intended
                    }
                });
            } finally {
                reporter.close();
            }
        }
    }

    private static java.util.List<InetAddress> nonLoopbackAddresses() throws Exception {
        return java.net.NetworkInterface.networkInterfaces()
                .flatMap(n -> n.inetAddresses())
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .collect(Collectors.toList());
    }
}

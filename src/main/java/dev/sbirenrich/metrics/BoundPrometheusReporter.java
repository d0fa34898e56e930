package dev.sbirenrich.metrics;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.HTTPServer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import java.util.Iterator;
import org.apache.flink.metrics.prometheus.AbstractPrometheusReporter;
import org.apache.flink.util.PortRange;

/**
 * Flink's Prometheus reporter, listening on one address instead of every interface: Flink's own
 * {@code PrometheusReporter} has no host option (it binds {@code new InetSocketAddress(port)}) and
 * its constructor is package-private. The metric collection is Flink's, inherited unchanged; only
 * the HTTP server is started here, on the registry the base class fills.
 */
public final class BoundPrometheusReporter extends AbstractPrometheusReporter {
    private final HTTPServer server;
    private final int port;

    BoundPrometheusReporter(String host, PortRange ports) {
        CollectorRegistry registry = registry(this);
        HTTPServer started = null;
        int bound = -1;
        for (Iterator<Integer> it = ports.getPortsIterator(); it.hasNext() && started == null; ) {
            int candidate = it.next();
            try {
                started = new HTTPServer(new InetSocketAddress(host, candidate), registry, true);
                bound = candidate;
            } catch (IOException e) {
                log.debug("Prometheus reporter: port {} on {} is taken", candidate, host, e);
            }
        }
        if (started == null) {
            throw new IllegalStateException("no free Prometheus port on " + host + " in " + ports);
        }
        server = started;
        port = bound;
        log.info("Prometheus reporter listening on {}:{}", host, port);
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.stop();
        super.close();
    }

    /**
     * The base class's registry is package-private; it is the one its collectors register with, so
     * the server must serve exactly that one. Checked by BoundPrometheusReporterTest, which fails if
     * an upgrade of flink-metrics-prometheus renames it.
     */
    private static CollectorRegistry registry(AbstractPrometheusReporter reporter) {
        try {
            Field field = AbstractPrometheusReporter.class.getDeclaredField("registry");
            field.setAccessible(true);
            return (CollectorRegistry) field.get(reporter);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("flink-metrics-prometheus changed: no registry field to serve", e);
        }
    }
}

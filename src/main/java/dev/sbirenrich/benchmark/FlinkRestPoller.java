package dev.sbirenrich.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sbirenrich.metrics.MetricNames;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Polls the Flink REST API of a local run while it runs and keeps what it saw: the job with its
 * vertices' timestamps (exact, from the JobManager), the checkpoint statistics, and time series of
 * the job's own counters (as fresh as the web UI's metric fetcher interval). The run's cluster
 * stops when the job ends, so the last successful poll is what remains.
 */
final class FlinkRestPoller implements Runnable {
    static final List<String> COUNTERS = List.of(
            MetricNames.AWARDS_ENRICHED);
    static final String LATENCY_P50 = MetricNames.ENRICHMENT_TIME_MICROS + "_median";
    static final String LATENCY_P99 = MetricNames.ENRICHMENT_TIME_MICROS + "_p99";
    /**
     * The metric fetcher's interval: polling faster sees no fresher counters, and every request costs
     * the run CPU on the cores it is measured on.
     */
    private static final long POLL_MILLIS = BenchmarkRunner.METRICS_FETCH_MILLIS;

    /** Counter sums over all subtasks at one moment (epoch milliseconds). */
    record Sample(long epochMillis, Map<String, Double> sums) {}

    /**
     * What the polls saw: the job (/jobs/&lt;id&gt;) and its checkpoint statistics as last seen, the
     * counter samples, the mean of the subtasks' median enrichment times and the worst subtask's
     * 99th percentile (null where never seen).
     */
    record Observed(JsonNode job, JsonNode checkpoints, List<Sample> samples, Double latencyP50, Double latencyP99) {}

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final ObjectMapper json = new ObjectMapper();
    /**
     * Vertex id to the full ids of the metrics we want there ("0.EnrichmentFunction.awardsEnriched"
     * style), listed once the vertex runs: a full listing is too dear for every poll.
     */
    private final Map<String, List<String>> metricIds = new HashMap<>();

    private volatile String jobId;
    private volatile JsonNode job;
    private volatile JsonNode checkpoints;
    private final List<Sample> samples = new ArrayList<>();
    private volatile Double latencyP50;
    private volatile Double latencyP99;

    FlinkRestPoller(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                pollOnce();
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // Not up yet, or already shut down: keep what was seen and try again.
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private void pollOnce() throws IOException, InterruptedException {
        if (jobId == null) {
            JsonNode jobs = get("/jobs/overview").path("jobs");
            if (jobs.isEmpty()) {
                return;
            }
            jobId = jobs.get(0).path("jid").asText();
        }
        JsonNode current = get("/jobs/" + jobId);
        job = current;
        if (!"INITIALIZING".equals(current.path("state").asText()) && !"CREATED".equals(current.path("state").asText())) {
            // Before the job runs the handler has no statistics and logs an error for each request.
            checkpoints = get("/jobs/" + jobId + "/checkpoints");
        }
        Map<String, Double> sums = new HashMap<>();
        for (JsonNode vertex : current.path("vertices")) {
            String vertexId = vertex.path("id").asText();
            List<String> wanted = metricIds.get(vertexId);
            if (wanted == null && "RUNNING".equals(vertex.path("status").asText())) {
                wanted = discover(vertexId);
                if (wanted != null) {
                    metricIds.put(vertexId, wanted);
                }
            }
            if (wanted != null && !wanted.isEmpty()) {
                read(vertexId, wanted, sums);
            }
        }
        synchronized (samples) {
            samples.add(new Sample(System.currentTimeMillis(), sums));
        }
    }

    /** The wanted metrics' full ids; null while the fetcher has not listed the vertex's metrics yet. */
    private List<String> discover(String vertexId) throws IOException, InterruptedException {
        JsonNode listed = get("/jobs/" + jobId + "/vertices/" + vertexId + "/subtasks/metrics");
        if (listed.isEmpty()) {
            return null;
        }
        List<String> wanted = new ArrayList<>();
        for (JsonNode metric : listed) {
            String id = metric.path("id").asText();
            String name = id.substring(id.lastIndexOf('.') + 1);
            if (COUNTERS.contains(name) || name.equals(LATENCY_P50) || name.equals(LATENCY_P99)) {
                wanted.add(id);
            }
        }
        return wanted;
    }

    private void read(String vertexId, List<String> wanted, Map<String, Double> sums)
            throws IOException, InterruptedException {
        String query = "/jobs/" + jobId + "/vertices/" + vertexId + "/subtasks/metrics?agg=sum,max,avg&get="
                + String.join(",", wanted);
        for (JsonNode metric : get(query)) {
            String id = metric.path("id").asText();
            String name = id.substring(id.lastIndexOf('.') + 1);
            if (COUNTERS.contains(name)) {
                sums.merge(name, metric.path("sum").asDouble(), Double::sum);
            } else if (name.equals(LATENCY_P50) && metric.has("avg")) {
                latencyP50 = metric.path("avg").asDouble();
            } else if (name.equals(LATENCY_P99) && metric.has("max")) {
                latencyP99 = metric.path("max").asDouble();
            }
        }
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(2)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(path + ": HTTP " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    Observed observed() {
        synchronized (samples) {
            return new Observed(job, checkpoints, List.copyOf(samples), latencyP50, latencyP99);
        }
    }
}

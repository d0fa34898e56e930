package dev.sbirenrich.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The calls of Flink's REST API (the JobManager's web port) that submitting and savepointing need:
 * upload and run a jar, trigger a savepoint, stop with a savepoint, and read job state.
 */
public final class FlinkRestClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public FlinkRestClient(URI base) {
        this.base = base;
    }

    /** {@code host:port} (or a full http(s) URL) of the JobManager's REST endpoint. */
    public static FlinkRestClient forJobManager(String jobManager) {
        String url = jobManager.contains("://") ? jobManager : "http://" + jobManager;
        URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("--jobmanager must be HOST:PORT, not " + jobManager);
        }
        return new FlinkRestClient(uri);
    }

    public URI base() {
        return base;
    }

    /** Uploads the job jar; returns the jar id the run call needs. */
    public String uploadJar(Path jar) throws IOException {
        String boundary = "----sbir-enrich-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"jarfile\"; filename=\"" + jar.getFileName() + "\"\r\n"
                + "Content-Type: application/x-java-archive\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        var body = BodyPublishers.concat(BodyPublishers.ofString(head), BodyPublishers.ofFile(jar),
                BodyPublishers.ofString(tail));
        JsonNode answer = send(HttpRequest.newBuilder(uri("/jars/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(body));
        String file = answer.path("filename").asText();
        return file.substring(file.lastIndexOf('/') + 1);
    }

    /** Runs the jar's main class (detached: returns once the job is submitted); returns the job id. */
    public String runJar(String jarId, List<String> programArgs, String savepointPath, boolean allowNonRestoredState)
            throws IOException {
        ObjectNode request = JSON.createObjectNode();
        request.putPOJO("programArgsList", programArgs);
        if (savepointPath != null) {
            request.put("savepointPath", savepointPath);
            request.put("allowNonRestoredState", allowNonRestoredState);
        }
        return post("/jars/" + jarId + "/run", request).path("jobid").asText();
    }

    public void deleteJar(String jarId) throws IOException {
        send(HttpRequest.newBuilder(uri("/jars/" + jarId)).DELETE());
    }

    /** Starts a savepoint of a running job; {@code targetDir} null means the cluster's savepoint directory. */
    public String triggerSavepoint(String jobId, String targetDir) throws IOException {
        ObjectNode request = JSON.createObjectNode().put("cancel-job", false);
        if (targetDir != null) {
            request.put("target-directory", targetDir);
        }
        return post("/jobs/" + jobId + "/savepoints", request).path("request-id").asText();
    }

    /** Starts stop-with-savepoint: the sources stop, a final savepoint is taken, the job finishes. */
    public String stopWithSavepoint(String jobId, String targetDir, boolean drain) throws IOException {
        ObjectNode request = JSON.createObjectNode().put("drain", drain);
        if (targetDir != null) {
            request.put("targetDirectory", targetDir);
        }
        return post("/jobs/" + jobId + "/stop", request).path("request-id").asText();
    }

    /** Waits for a savepoint (triggered or stop) to complete; returns its location. */
    public String awaitSavepoint(String jobId, String triggerId, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode status = get("/jobs/" + jobId + "/savepoints/" + triggerId);
            if ("COMPLETED".equals(status.path("status").path("id").asText())) {
                JsonNode operation = status.path("operation");
                if (operation.has("location")) {
                    return operation.path("location").asText();
                }
                throw new IOException("savepoint of job " + jobId + " failed: " + failureCause(operation));
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("savepoint of job " + jobId + " not complete after " + timeout.toSeconds() + " s");
            }
            pause();
        }
    }

    /** The job's state: RUNNING, FINISHED, FAILED, CANCELED, RESTARTING... */
    public String jobState(String jobId) throws IOException {
        return get("/jobs/" + jobId).path("state").asText();
    }

    /** Waits until the job reaches one of {@code states}; returns the state reached. */
    public String awaitJobState(String jobId, Duration timeout, String... states) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String state = jobState(jobId);
            if (List.of(states).contains(state)) {
                return state;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("job " + jobId + " is " + state + ", not " + String.join("/", states)
                        + " after " + timeout.toSeconds() + " s");
            }
            pause();
        }
    }

    /** Any GET of the REST API, for the answers the methods above do not cover. */
    public JsonNode get(String path) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private JsonNode post(String path, JsonNode body) throws IOException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException {
        var response = sendOnce(request.timeout(REQUEST_TIMEOUT).build());
        JsonNode body = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("Flink REST " + response.request().method() + " " + response.request().uri().getPath()
                    + " answered " + response.statusCode() + ": " + errors(body));
        }
        return body;
    }

    private java.net.http.HttpResponse<String> sendOnce(HttpRequest request) throws IOException {
        try {
            return http.send(request, BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling " + request.uri(), e);
        } catch (java.net.ConnectException e) {
            throw new IOException("no Flink JobManager answers at " + base + " (is the cluster running?)", e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    /** Flink puts its messages in an "errors" array; the first line of each says what went wrong. */
    private static String errors(JsonNode body) {
        StringBuilder message = new StringBuilder();
        for (JsonNode error : body.path("errors")) {
            String text = error.asText();
            for (String line : text.lines().toList()) {
                if (line.contains("Exception:") || line.contains("Error:") || message.isEmpty()) {
                    message.append(message.isEmpty() ? "" : " | ").append(line.strip());
                }
            }
        }
        return message.isEmpty() ? body.toString() : message.toString();
    }

    private static String failureCause(JsonNode operation) {
        String trace = operation.path("failure-cause").path("stack-trace").asText("");
        return trace.lines().filter(l -> l.contains("Exception")).reduce((a, b) -> b)
                .orElse(operation.path("failure-cause").toString()).strip();
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting", e);
        }
    }
}

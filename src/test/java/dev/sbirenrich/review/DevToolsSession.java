package dev.sbirenrich.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol, on one websocket to the browser
 * (pages are attached in flat mode, their commands carry a session id). Listens on 127.0.0.1
 * only; every wait is bounded; {@link #close()} kills the browser.
 */
final class DevToolsSession implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String LISTENING = "DevTools listening on ";

    private final Process chromium;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private WebSocket socket;

    private DevToolsSession(Process chromium) {
        this.chromium = chromium;
    }

    /** Starts Chromium with its profile under {@code profile} and connects to it. */
    static DevToolsSession start(Path profile) throws Exception {
        Process process = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        DevToolsSession session = new DevToolsSession(process);
        try {
            session.connect(session.webSocketUrl());
        } catch (Exception e) {
            session.close();
            throw e;
        }
        return session;
    }

    /** The browser's websocket URL from its stderr; the rest of stderr is kept for failure messages. */
    private URI webSocketUrl() throws Exception {
        CompletableFuture<URI> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(
                    new InputStreamReader(chromium.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    log.add(line);
                    if (line.startsWith(LISTENING)) {
                        url.complete(URI.create(line.substring(LISTENING.length()).strip()));
                    }
                }
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
            url.completeExceptionally(new IllegalStateException("chromium exited: " + log));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        return url.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private void connect(URI url) throws Exception {
        if (!"127.0.0.1".equals(url.getHost())) {
            throw new IllegalStateException("DevTools not on 127.0.0.1: " + url);
        }
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT)
                .buildAsync(url, new Listener()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Sends a browser-level command and returns its result. */
    JsonNode send(String method, ObjectNode params) throws Exception {
        return send(null, method, params);
    }

    /** Sends a command to the page of {@code sessionId} (null: the browser) and returns its result. */
    JsonNode send(String sessionId, String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params == null ? JSON.createObjectNode() : params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.writeValueAsString(message), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        JsonNode answer = reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.path("result");
    }

    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        chromium.descendants().forEach(ProcessHandle::destroyForcibly);
        chromium.destroyForcibly();
        try {
            chromium.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Joins message fragments and hands each reply to the command waiting for it; events are ignored. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(text.toString());
                    CompletableFuture<JsonNode> reply = message.has("id")
                            ? pending.remove(message.get("id").intValue()) : null;
                    if (reply != null) {
                        reply.complete(message);
                    }
                } catch (IOException e) {
                    log.add("unreadable DevTools message: " + e.getMessage());
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}

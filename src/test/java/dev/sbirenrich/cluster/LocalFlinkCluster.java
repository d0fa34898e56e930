package dev.sbirenrich.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A cluster started with bin/flink-cluster for tests: free ports (no clash with a developer's 8081),
 * its own run folder, fast TaskManager-loss detection, and always stopped (also when the JVM exits).
 */
final class LocalFlinkCluster implements AutoCloseable {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path SCRIPT = PROJECT.resolve("bin/flink-cluster");

    final Path runDir;
    final FlinkRestClient client;
    /** HOST:PORT of the REST endpoint, as the CLI's --jobmanager takes it. */
    final String jobManager;
    private final Thread stopOnExit;

    private LocalFlinkCluster(Path runDir, int restPort) {
        this.runDir = runDir;
        this.jobManager = "127.0.0.1:" + restPort;
        this.client = FlinkRestClient.forJobManager(jobManager);
        this.stopOnExit = new Thread(this::stopQuietly, "stop-flink-cluster");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * Starts the cluster on free ports. A port found free can be taken again before the cluster
     * binds it (by any process's next outgoing connection): a start that fails is stopped and
     * tried again, on other ports, twice at most.
     */
    static LocalFlinkCluster start(Path runDir) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return startOnFreePorts(runDir);
            } catch (IOException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static LocalFlinkCluster startOnFreePorts(Path runDir) throws IOException, InterruptedException {
        int restPort = freePort();
        var cluster = new LocalFlinkCluster(runDir, restPort);
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString(), "start", "--run-dir", runDir.toString(),
                "--taskmanagers", "1"));
        for (String setting : List.of(
                "rest.port=" + restPort,
                "jobmanager.rpc.port=" + freePort(),
                "blob.server.port=" + freePort(),
                "metrics.reporter.prom.port=0",
                "taskmanager.memory.process.size=1g",
                "jobmanager.memory.process.size=800m",
                // A killed TaskManager is noticed in seconds, not the production 20 s.
                "heartbeat.interval=1000",
                "heartbeat.timeout=6000")) {
            command.add("-D");
            command.add(setting);
        }
        try {
            cluster.run(command, 300);
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** The standard Flink CLI against this cluster (bin/flink-cluster flink ...); returns its output. */
    String flink(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString(), "flink", "--run-dir", runDir.toString()));
        command.addAll(List.of(args));
        return run(command, 180);
    }

    long taskManagerPid() throws IOException {
        return Long.parseLong(Files.readString(runDir.resolve("pid/taskmanager-1.pid")).strip());
    }

    /** Every TaskManager log line of this cluster's run (all processes, all restarts). */
    List<String> taskManagerLog() throws IOException {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(runDir.resolve("log"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("taskmanager-")
                    && f.getFileName().toString().contains(".log")).sorted().toList()) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
            }
        }
        return lines;
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or ran: it stops the cluster
        }
    }

    private void stopQuietly() {
        try {
            run(List.of(SCRIPT.toString(), "stop", "--run-dir", runDir.toString()), 120);
        } catch (Exception e) {
            System.err.println("could not stop the test cluster in " + runDir + ": " + e.getMessage());
        }
    }

    private String run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Path output = Files.createTempFile("flink-cluster", ".out");
        try {
            Process process = new ProcessBuilder(command).directory(PROJECT.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " timed out:\n" + Files.readString(output));
            }
            String text = Files.readString(output);
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

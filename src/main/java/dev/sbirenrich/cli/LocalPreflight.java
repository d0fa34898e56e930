package dev.sbirenrich.cli;

import dev.sbirenrich.config.PipelineSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a local run checks before it starts Flink, so that a taken port, an output directory it
 * cannot write or a checkpoint that is not there fails in one line (exit 2) instead of as a stack
 * trace, a run without metrics, or restarts that cannot help.
 */
final class LocalPreflight {
    private LocalPreflight() {}

    /** The web UI port and at least one port of the metrics range must be free on the bind address. */
    static void requirePorts(PipelineSettings settings) {
        if (settings.webUiPort > 0 && !free(settings.bindAddress, settings.webUiPort)) {
            throw new UsageException("web UI port " + settings.webUiPort + " on " + settings.bindAddress
                    + " is in use (choose another with --web-ui-port, or 0 to turn the web UI off)");
        }
        if (settings.metricsPort != null) {
            String[] range = settings.metricsPort.split("-");
            int from = Integer.parseInt(range[0]);
            int to = Integer.parseInt(range[range.length - 1]);
            for (int port = from; port <= to; port++) {
                if (free(settings.bindAddress, port)) {
                    return;
                }
            }
            throw new UsageException("metrics port " + settings.metricsPort + " on " + settings.bindAddress
                    + (from == to ? " is" : " are all") + " in use (choose another with --metrics-port, e.g. a range 9250-9260)");
        }
    }

    private static boolean free(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes and deletes a probe file: a read-only or full file system fails here, before any work. */
    static void requireWritable(Path output) {
        try {
            Files.delete(Files.createTempFile(output, ".write-check", ""));
        } catch (IOException e) {
            throw new UsageException("output directory is not writable: " + output + " (" + e.getMessage() + ")");
        }
    }

    /** A checkpoint or savepoint to resume from: a directory holding {@code _metadata}, or that file. */
    static String requireSnapshot(Path snapshot) {
        Path metadata = Files.isDirectory(snapshot) ? snapshot.resolve("_metadata") : snapshot;
        if (!Files.isRegularFile(metadata) || !metadata.getFileName().toString().equals("_metadata")) {
            throw new UsageException("no checkpoint or savepoint at " + snapshot
                    + " (expected a chk-N or savepoint directory holding _metadata)");
        }
        return snapshot.toAbsolutePath().normalize().toUri().toString();
    }
}

package dev.sbirenrich.cli;

import dev.sbirenrich.cluster.FlinkRestClient;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Where the cluster is and how long to wait for it: shared by every cluster command. */
public class ClusterOptions {
    @Option(names = "--jobmanager", required = true, paramLabel = "HOST:PORT",
            description = "REST address of the JobManager (the web UI's host and port, e.g. 127.0.0.1:8081).")
    String jobManager;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "Longest wait for a savepoint (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    FlinkRestClient client() {
        return FlinkRestClient.forJobManager(jobManager);
    }

    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }
}

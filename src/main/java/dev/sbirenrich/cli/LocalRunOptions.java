package dev.sbirenrich.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options of the commands that run the job on this machine (run, demo): its web UI and metrics. */
public class LocalRunOptions {
    @Option(names = "--web-ui-port", paramLabel = "PORT", description = "Flink web UI port (default 8081, 0: off).")
    Integer webUiPort;

    @Option(names = "--metrics-port", paramLabel = "PORT|FROM-TO",
            description = "Serve Prometheus metrics on this port, or the first free one of a range (e.g. 9250-9260); off by default.")
    String metricsPort;

    @Option(names = "--keep-ui", description = "Keep the Flink web UI up after the job ends, with the finished job to"
            + " look at, until Ctrl-C.")
    boolean keepUi;

    /** The settings these options give, as overrides of {@link RunOptions#settings(Map)}. */
    Map<String, Object> overrides() {
        Map<String, Object> overrides = new LinkedHashMap<>();
        if (webUiPort != null) {
            overrides.put("pipeline.webUiPort", webUiPort);
        }
        if (metricsPort != null) {
            if (!metricsPort.matches("\\d{1,5}(-\\d{1,5})?")) {
                throw new UsageException("--metrics-port must be a port or a range such as 9250-9260, not " + metricsPort);
            }
            overrides.put("pipeline.metricsPort", metricsPort);
        }
        return overrides;
    }
}

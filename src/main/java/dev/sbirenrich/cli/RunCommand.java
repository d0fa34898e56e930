package dev.sbirenrich.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Enrich SBIR awards with USAspending recipients on an embedded Flink MiniCluster.")
public class RunCommand implements Callable<Integer> {
    @Mixin
    RunOptions options;

    @Option(names = "--overwrite", description = "Replace the output directory's previous contents.")
    boolean overwrite;

    @Option(names = "--web-ui-port", paramLabel = "PORT", description = "Flink web UI port while running (default 8081, 0: off).")
    Integer webUiPort;

    @Override
    public Integer call() throws Exception {
        if (webUiPort != null) {
            options.webUiPort = webUiPort;
        }
        var summary = LocalRun.execute(options, overwrite, System.out);
        return summary.reconciled ? 0 : 1;
    }
}

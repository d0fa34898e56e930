package dev.sbirenrich.cli;

import dev.sbirenrich.pipeline.FileSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline on the bundled sample data in data/sample/.")
public class DemoCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data/sample",
            description = "Sample data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "out/demo",
            description = "Output directory, replaced on every demo run (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--keep-ui", description = "Keep the Flink web UI up after the job ends, with the finished job"
            + " to look at, until Ctrl-C.")
    boolean keepUi;

    @Option(names = "--web-ui-port", paramLabel = "PORT",
            description = "Port of the Flink web UI on 127.0.0.1 (default 8081).")
    Integer webUiPort;

    @Override
    public Integer call() throws Exception {
        RunOptions options = new RunOptions();
        options.awards = List.of(data.resolve("awards.csv").toString());
        options.recipients.paths = List.of(data.resolve("recipients.csv").toString());
        options.output = output;
        options.keepUi = keepUi;
        options.webUiPort = webUiPort;
        System.out.printf("Demo: %s against %s%n", options.awards.get(0), options.recipients.paths.get(0));
        // The sample holds 3 deliberately unreadable award rows of 29 (10%) to show rejection.
        var settings = options.settings(Map.of("quality.rejectedFailureShare", 0.15));
        var summary = LocalRun.execute(options, settings, FileSources::awards, true, null, System.out);
        return summary.reconciled ? 0 : 1;
    }
}

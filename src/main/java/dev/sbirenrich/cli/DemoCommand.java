package dev.sbirenrich.cli;

import dev.sbirenrich.pipeline.FileSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    LocalRunOptions local;

    @Override
    public Integer call() throws Exception {
        RunOptions options = new RunOptions();
        options.awards = List.of(data.resolve("awards.csv").toString());
        options.recipients.paths = List.of(data.resolve("recipients.csv").toString());
        options.output = output;
        System.out.printf("Demo: %s against %s%n", options.awards.get(0), options.recipients.paths.get(0));
        Map<String, Object> overrides = local.overrides();
        // The sample holds 3 deliberately unreadable award rows of 29 (10%) to show rejection.
        overrides.put("quality.rejectedFailureShare", 0.15);
        var summary = LocalRun.execute(options, options.settings(overrides), local.keepUi, FileSources::awards, true,
                null, System.out);
        return summary.reconciled ? 0 : 1;
    }
}

package dev.sbirenrich.cli;

import dev.sbirenrich.pipeline.FileSources;
import java.nio.file.Path;
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

    @Mixin
    LocalRunOptions local;

    @Option(names = "--resume-from", paramLabel = "CHECKPOINT",
            description = "Continue a stopped run from its checkpoint (<output>/_checkpoints/<job>/chk-N) or a savepoint, "
                    + "with the same options and output.")
    Path resumeFrom;

    private final AwardsSource awards;

    public RunCommand() {
        this(FileSources::awards);
    }

    RunCommand(AwardsSource awards) {
        this.awards = awards;
    }

    @Override
    public Integer call() throws Exception {
        var summary = LocalRun.execute(options, options.settings(local.overrides()), local.keepUi, awards, overwrite,
                resumeFrom, System.out);
        return summary.reconciled ? 0 : 1;
    }
}

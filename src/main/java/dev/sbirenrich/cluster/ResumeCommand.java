package dev.sbirenrich.cluster;

import dev.sbirenrich.cli.RunOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code resume}: a new run that starts from a savepoint (or retained checkpoint), e.g. with new input. */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Submit the job to a Flink cluster starting from a savepoint: its state, sources' positions and pending output are restored.")
public class ResumeCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Mixin
    RunOptions run;

    @Mixin
    StreamingJobOptions streaming;

    @Option(names = "--savepoint", required = true, paramLabel = "PATH",
            description = "Savepoint or retained checkpoint directory, as printed by `savepoint` or `stop`.")
    String savepoint;

    @Option(names = "--allow-non-restored-state",
            description = "Accept savepoint state no operator claims (needed when --reference-version changes).")
    boolean allowNonRestoredState;

    @Option(names = "--jar", paramLabel = "FILE", description = "Job jar (default: target/sbir-enrich-job.jar of the project).")
    Path jar;

    @Override
    public Integer call() throws Exception {
        var client = cluster.client();
        String jobId = JobSubmission.submit(client, jar != null ? jar : JobSubmission.defaultJar(),
                SubmitCommand.jobArguments(run, streaming), savepoint, allowNonRestoredState);
        JobSubmission.report(System.out, client, jobId);
        return 0;
    }
}

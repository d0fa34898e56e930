package dev.sbirenrich.cluster;

import dev.sbirenrich.cli.RunOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code submit}: a new run of the job on a Flink cluster, over its REST API; returns once submitted. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Submit the enrichment job to a Flink cluster (REST upload + run); returns once it is submitted.")
public class SubmitCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Mixin
    RunOptions run;

    @Mixin
    StreamingJobOptions streaming;

    @Option(names = "--jar", paramLabel = "FILE", description = "Job jar (default: target/sbir-enrich-job.jar of the project).")
    Path jar;

    @Override
    public Integer call() throws Exception {
        return submit(null, false);
    }

    /** Uploads the jar and runs it, from {@code savepoint} when given; prints the job id and web UI link. */
    Integer submit(String savepoint, boolean allowNonRestoredState) throws Exception {
        var client = cluster.client();
        String jobId = JobSubmission.submit(client, jar != null ? jar : JobSubmission.defaultJar(),
                jobArguments(run, streaming), savepoint, allowNonRestoredState);
        JobSubmission.report(System.out, client, jobId);
        return 0;
    }

    static List<String> jobArguments(RunOptions run, StreamingJobOptions streaming) {
        List<String> args = new ArrayList<>(run.jobArguments());
        args.addAll(streaming.jobArguments());
        return args;
    }
}

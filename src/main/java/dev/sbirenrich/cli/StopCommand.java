package dev.sbirenrich.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stop}: stop-with-savepoint; prints the savepoint to resume from. */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Stop a running job with a savepoint (exactly-once: pending output is committed). Prints the savepoint path.")
public class StopCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Mixin
    SavepointTarget target;

    @Option(names = "--drain", description = "Send end-of-input first (fires pending timers); only for a job that will not be resumed.")
    boolean drain;

    @Override
    public Integer call() throws Exception {
        var client = cluster.client();
        String trigger = client.stopWithSavepoint(target.jobId, target.dir, drain);
        System.out.println(client.awaitSavepoint(target.jobId, trigger, cluster.timeout()));
        return 0;
    }
}

package dev.sbirenrich.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code savepoint}: a savepoint of a running job, which keeps running; prints the location. */
@Command(name = "savepoint", mixinStandardHelpOptions = true,
        description = "Trigger a savepoint of a running job and wait for it; the job keeps running. Prints the savepoint path.")
public class SavepointCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Mixin
    SavepointTarget target;

    @Override
    public Integer call() throws Exception {
        var client = cluster.client();
        String trigger = client.triggerSavepoint(target.jobId, target.dir);
        System.out.println(client.awaitSavepoint(target.jobId, trigger, cluster.timeout()));
        return 0;
    }
}

package dev.sbirenrich.cli;

import picocli.CommandLine.Option;

/** Which job a savepoint is taken of, and where it goes. */
public class SavepointTarget {
    @Option(names = "--job", required = true, paramLabel = "JOB_ID", description = "Id of the running job.")
    String jobId;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Target directory (default: the cluster's execution.checkpointing.savepoint-dir).")
    String dir;
}

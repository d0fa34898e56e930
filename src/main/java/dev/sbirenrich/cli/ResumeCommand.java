package dev.sbirenrich.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code resume}: a new run that starts from a savepoint (or retained checkpoint), e.g. with new input. */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Submit the job to a Flink cluster starting from a savepoint: its state, sources' positions and pending output are restored.")
public class ResumeCommand extends SubmitCommand {
    @Option(names = "--savepoint", required = true, paramLabel = "PATH",
            description = "Savepoint or retained checkpoint directory, as printed by `savepoint` or `stop`.")
    String savepoint;

    @Option(names = "--allow-non-restored-state",
            description = "Accept savepoint state no operator claims (a savepoint of a release whose operators changed).")
    boolean allowNonRestoredState;

    @Override
    public Integer call() throws Exception {
        return submit(savepoint, allowNonRestoredState);
    }
}

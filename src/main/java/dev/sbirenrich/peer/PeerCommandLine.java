package dev.sbirenrich.peer;

import picocli.CommandLine;

/** The peers' command line: a failure ends the run with one line naming it, not a stack trace. */
final class PeerCommandLine {
    private PeerCommandLine() {}

    static CommandLine of(Object command) {
        CommandLine line = new CommandLine(command);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(cmd.getCommandName() + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return 1;
        });
        return line;
    }
}

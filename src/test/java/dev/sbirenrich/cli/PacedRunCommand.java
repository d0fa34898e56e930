package dev.sbirenrich.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The run command with its awards {@link PacedAwards paced}, in a JVM of its own as bin/sbir-enrich
 * starts it: LocalRunStopIT stops it mid-run.
 */
@Command(name = "paced-run", mixinStandardHelpOptions = true,
        description = "The run command, its awards paced.")
public final class PacedRunCommand extends RunCommand {
    @Mixin
    private final PacedAwards awards;

    public PacedRunCommand() {
        this(new PacedAwards());
    }

    private PacedRunCommand(PacedAwards awards) {
        super(awards);
        this.awards = awards;
    }

    public static void main(String[] args) {
        System.exit(SbirEnrich.commandLine(new PacedRunCommand()).execute(args));
    }
}

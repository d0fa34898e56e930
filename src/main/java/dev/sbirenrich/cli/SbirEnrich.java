package dev.sbirenrich.cli;

import dev.sbirenrich.cluster.ResumeCommand;
import dev.sbirenrich.cluster.SavepointCommand;
import dev.sbirenrich.cluster.StopCommand;
import dev.sbirenrich.cluster.SubmitCommand;
import dev.sbirenrich.io.InputFormatException;
import java.io.IOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The sbir-enrich command line: parses options and hands over to one subcommand. */
@Command(name = "sbir-enrich", mixinStandardHelpOptions = true, version = "sbir-enrich 0.1.0",
        description = "Enrich SBIR/STTR awards with USAspending recipient data on Apache Flink.",
        subcommands = {DemoCommand.class, RunCommand.class, GenerateCommand.class, EvaluateCommand.class,
                BaselineCommand.class, ReportCommand.class, ReferenceCommand.class,
                SubmitCommand.class, ResumeCommand.class, SavepointCommand.class, StopCommand.class,
                BenchmarkCommand.class})
public class SbirEnrich {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling (one-line messages, exit codes), for main and tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SbirEnrich());
        cli.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().printf("sbir-enrich: %s (see --help)%n", e.getMessage());
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("sbir-enrich: " + oneLine(e));
            return e instanceof UsageException || e instanceof InputFormatException ? 2 : 1;
        });
        return cli;
    }

    /** The message users need, without a stack trace: the deepest cause that says something. */
    static String oneLine(Throwable e) {
        if (e instanceof UsageException || e instanceof InputFormatException) {
            return e.getMessage();
        }
        Throwable deepest = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && (t instanceof IOException || t instanceof InputFormatException
                    || t instanceof IllegalArgumentException || t instanceof IllegalStateException)) {
                deepest = t;
            }
        }
        String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}

package dev.sbirenrich.cli;

import dev.sbirenrich.io.InputFormatException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The sbir-enrich command line: parses options and hands over to one subcommand. */
@Command(name = "sbir-enrich", mixinStandardHelpOptions = true, version = "sbir-enrich 0.1.0",
        description = "Enrich SBIR/STTR awards with USAspending recipient data on Apache Flink.",
        subcommands = {DemoCommand.class, RunCommand.class, GenerateCommand.class, EvaluateCommand.class,
                BaselineCommand.class, ReportCommand.class, ReviewCommand.class, ReferenceCommand.class,
                SubmitCommand.class, ResumeCommand.class, SavepointCommand.class, StopCommand.class,
                BenchmarkCommand.class})
public class SbirEnrich {
    private static final Pattern GAVE_UP =
            Pattern.compile("Recovery is suppressed by \\w*RestartBackoffTimeStrategy\\(.*attemptsBeforeResetBackoff=(\\d+)");

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling (one-line messages, exit codes), for main and tests. */
    public static CommandLine commandLine() {
        return commandLine(new SbirEnrich());
    }

    /** {@code command} with the command line's error handling. */
    static CommandLine commandLine(Object command) {
        CommandLine cli = new CommandLine(command);
        cli.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().printf("sbir-enrich: %s (see --help)%n", e.getMessage());
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("sbir-enrich: " + oneLine(e));
            return e instanceof UsageException || cause(e, InputFormatException.class) != null ? 2 : 1;
        });
        return cli;
    }

    /**
     * The message users need, without a stack trace: a bad input's own line (it names the file),
     * else the deepest cause that says something, and whether Flink gave up restarting.
     */
    static String oneLine(Throwable e) {
        if (e instanceof UsageException) {
            return e.getMessage();
        }
        InputFormatException input = cause(e, InputFormatException.class);
        if (input != null) {
            return input.getMessage();
        }
        // The deepest cause of a kind that describes a problem, else the deepest with a message
        // (causes that crossed from a TaskManager arrive as Flink's SerializedThrowable).
        Throwable deepest = null;
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && (t instanceof IOException
                    || t instanceof IllegalArgumentException || t instanceof IllegalStateException)) {
                deepest = t;
            }
            if (t.getMessage() != null) {
                root = t;
            }
        }
        if (deepest == null) {
            deepest = root;
        }
        String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        message = message.lines().findFirst().orElse(message);
        String restarts = restartsGivenUp(e);
        return restarts == null ? message
                : "the job failed again after " + restarts + " restarts and gave up; last cause: "
                        + deepest.getClass().getSimpleName() + ": " + message;
    }

    /** The first {@code type} in the cause chain of {@code e}, or null. */
    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * How many restarts Flink made before its restart strategy gave up: all it allows ("Recovery is
     * suppressed by ExponentialDelayRestartBackoffTimeStrategy(..., attemptsBeforeResetBackoff=3,
     * ...)"), or null when the job did not fail that way.
     */
    private static String restartsGivenUp(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = t.getMessage() == null ? null : GAVE_UP.matcher(t.getMessage());
            if (m != null && m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}

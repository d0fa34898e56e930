package dev.sbirenrich.cli;

import dev.sbirenrich.pipeline.EnrichmentPipeline;
import dev.sbirenrich.pipeline.FileSinks;
import dev.sbirenrich.pipeline.FileSources;
import dev.sbirenrich.pipeline.JobConfiguration;
import dev.sbirenrich.pipeline.PipelineSources;
import dev.sbirenrich.quality.RunGate;
import dev.sbirenrich.reference.ReferenceInput;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

/**
 * Entry point of the job jar on a Flink cluster (`flink run`, REST jar run): the cluster's
 * config.yaml decides state backend and checkpoint storage; the job decides mode and parallelism.
 * It submits and returns, so detached runs never wait on the JobManager.
 */
@Command(name = "sbir-enrich-job", mixinStandardHelpOptions = true,
        description = "The enrichment job, as submitted to a Flink cluster.")
public class EnrichmentJob implements Callable<Integer> {
    @Mixin
    RunOptions options;

    @Mixin
    StreamingJobOptions streaming;

    private final AwardsSource awards;

    public EnrichmentJob() {
        this(FileSources::awards);
    }

    EnrichmentJob(AwardsSource awards) {
        this.awards = awards;
    }

    public static void main(String[] args) throws Exception {
        new EnrichmentJob().run(args);
    }

    /**
     * Parses the job's arguments and submits it. Errors propagate with their message, so a REST or
     * CLI submission reports them to the submitter.
     */
    void run(String[] args) throws Exception {
        if (!CommandLine.printHelpIfRequested(new CommandLine(this).parseArgs(args))) {
            call();
        }
    }

    @Override
    public Integer call() throws Exception {
        var resolved = streaming.over(options.settings());
        // The in-stream baseline rule compares with the stored baseline, read where the job is built.
        var settings = RunOptions.withBaseline(resolved, RunGate.prepare(resolved.quality));
        ReferenceInput recipients = options.recipients.input();
        options.checkInputs(recipients, settings.pipeline.awardsMonitorIntervalMs > 0);
        var reference = ReferencePreparation.prepare(recipients, settings, System.out);
        Duration monitor = Duration.ofMillis(settings.pipeline.awardsMonitorIntervalMs);
        var updates = settings.pipeline.referenceUpdates == null ? null
                : FileSources.referenceUpdates(settings.pipeline.referenceUpdates, monitor,
                        settings.pipeline.referenceStore, recipients.columns());
        var env = StreamExecutionEnvironment.getExecutionEnvironment(JobConfiguration.forJob(settings.pipeline));
        EnrichmentPipeline.build(env,
                new PipelineSources(awards.of(options.awards, monitor),
                        reference.snapshot().descriptor(), updates, RunOptions.decisions(settings, monitor)),
                FileSinks.under(new Path(options.output.toAbsolutePath().toUri())),
                settings);
        env.executeAsync("sbir-enrich");
        return 0;
    }
}

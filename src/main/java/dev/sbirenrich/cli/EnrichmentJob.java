package dev.sbirenrich.cli;

import dev.sbirenrich.pipeline.EnrichmentPipeline;
import dev.sbirenrich.pipeline.FileSinks;
import dev.sbirenrich.pipeline.FileSources;
import dev.sbirenrich.pipeline.JobConfiguration;
import java.util.concurrent.Callable;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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

    public static void main(String[] args) {
        int exit = new CommandLine(new EnrichmentJob()).execute(args);
        if (exit != 0) {
            throw new IllegalArgumentException("sbir-enrich job: invalid arguments (exit " + exit + ")");
        }
    }

    @Override
    public Integer call() throws Exception {
        var settings = options.settings();
        var columns = options.recipientColumns();
        options.checkInputs(columns);
        var env = StreamExecutionEnvironment.getExecutionEnvironment(JobConfiguration.forJob(settings.pipeline));
        EnrichmentPipeline.build(env,
                FileSources.of(options.awards, options.recipients, columns),
                FileSinks.under(new Path(options.output.toAbsolutePath().toUri())),
                settings);
        env.executeAsync("sbir-enrich");
        return 0;
    }
}

package dev.sbirenrich.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The job jar's entry point with its awards {@link PacedAwards paced}: the cluster tests submit it
 * in a copy of the job jar (StandaloneClusterIT) to lose a TaskManager, fail or stop mid-run.
 */
@Command(name = "paced-enrichment-job", mixinStandardHelpOptions = true,
        description = "The enrichment job, as submitted to a Flink cluster, its awards paced.")
public final class PacedEnrichmentJob extends EnrichmentJob {
    @Mixin
    private final PacedAwards awards;

    public PacedEnrichmentJob() {
        this(new PacedAwards());
    }

    private PacedEnrichmentJob(PacedAwards awards) {
        super(awards);
        this.awards = awards;
    }

    public static void main(String[] args) throws Exception {
        new PacedEnrichmentJob().run(args);
    }
}

package dev.sbirenrich.cli;

import dev.sbirenrich.benchmark.BenchmarkOptions;
import dev.sbirenrich.benchmark.BenchmarkResult;
import dev.sbirenrich.benchmark.BenchmarkRunner;
import dev.sbirenrich.benchmark.BenchmarkScale;
import dev.sbirenrich.benchmark.Contender;
import dev.sbirenrich.benchmark.MarkdownSummary;
import dev.sbirenrich.benchmark.RegressionThresholds;
import dev.sbirenrich.benchmark.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmark}: measured runs of the job (cold and warm reference store) and its DuckDB peer,
 * compared with the baseline; regressions are judged on flink-warm.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Benchmark the job against its peers on generated data; compare with the baseline.")
public class BenchmarkCommand implements Callable<Integer> {
    @Option(names = "--scale", paramLabel = "full|tenth|small", defaultValue = "full",
            description = "Data size: full (3,382,233 recipients, 533,000 awards), tenth or small (default: ${DEFAULT-VALUE}).")
    String scale;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1", description = "Runs per contender; medians reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--save-as-baseline", description = "Make this result the baseline of its scale (reports/benchmarks/baseline.json).")
    boolean saveAsBaseline;

    @Option(names = "--contenders", split = ",", paramLabel = "LIST", defaultValue = "flink-cold,flink-warm,duckdb,plain-java",
            description = "Which to run: flink-cold (empty reference store each round: the snapshot is built),"
                    + " flink-warm (the store already holds the snapshot), duckdb, plain-java (the job's code on plain"
                    + " threads, without Flink, on flink-warm's store) (default: ${DEFAULT-VALUE}).")
    List<String> contenders;

    @Option(names = "--recipients-factor", paramLabel = "F", defaultValue = "1",
            description = "Generate F times the scale's recipients, same awards: memory against reference size (default: ${DEFAULT-VALUE}).")
    int recipientsFactor;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Data generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "1g",
            description = "-Xmx of every measured JVM (default: ${DEFAULT-VALUE}, as bin/sbir-enrich).")
    String heap;

    @Option(names = "--parallelism", paramLabel = "N", defaultValue = "2",
            description = "Job parallelism and DuckDB threads (default: ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(names = "--thresholds", paramLabel = "FILE", description = "YAML regression thresholds (default: the project's).")
    Path thresholds;

    @Option(names = "--reports", paramLabel = "DIR", description = "Results directory (default: reports/benchmarks in the project).")
    Path reports;

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || parallelism < 1 || recipientsFactor < 1) {
            throw new UsageException("--runs, --parallelism and --recipients-factor must be at least 1");
        }
        BenchmarkOptions options = new BenchmarkOptions();
        try {
            options.scale = BenchmarkScale.parse(scale);
            options.contenders = contenders.stream().map(Contender::parse).distinct().toList();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        options.seed = seed;
        options.recipientsFactor = recipientsFactor;
        options.runs = runs;
        options.heap = heap;
        options.parallelism = parallelism;
        options.saveAsBaseline = saveAsBaseline;
        options.home = Path.of(System.getProperty("sbir.enrich.home", ".")).toAbsolutePath().normalize();
        options.reportsDir = reports != null ? reports : options.home.resolve("reports/benchmarks");
        if (thresholds != null) {
            options.thresholds = RegressionThresholds.load(thresholds);
        }
        BenchmarkResult result = new BenchmarkRunner(options, System.err).run();
        System.out.println(MarkdownSummary.render(result));
        // Only a FAILURE fails the command (and the CI job); a WARNING is reported and passes.
        return result.regression != null && result.regression.verdict() == Verdict.FAILURE ? 3 : 0;
    }
}

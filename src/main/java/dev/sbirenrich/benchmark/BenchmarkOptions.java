package dev.sbirenrich.benchmark;

import java.nio.file.Path;
import java.util.List;

/** What one benchmark does; the command fills it from its options. */
public class BenchmarkOptions {
    public BenchmarkScale scale = BenchmarkScale.FULL;
    public long seed = 42L;
    /** Recipients are the scale's times this (awards unchanged): memory must not follow the reference size. */
    public int recipientsFactor = 1;
    public int runs = 1;
    public List<Contender> contenders = List.of(Contender.values());
    /** -Xmx of every measured JVM (ours and the peer's), as the launcher's default. */
    public String heap = "1g";
    public int parallelism = 2;
    /** reports/benchmarks: results, history, baseline, cache/ and work/. */
    public Path reportsDir;
    /** The project directory holding bin/sbir-enrich. */
    public Path home;
    public RegressionThresholds thresholds = new RegressionThresholds();
    public boolean saveAsBaseline;

    public BenchmarkOptions() {}
}

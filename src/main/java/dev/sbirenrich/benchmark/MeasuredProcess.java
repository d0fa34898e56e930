package dev.sbirenrich.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command as its own process and measures it from outside: wall time from start to exit
 * (JVM start included), the peak resident set the kernel recorded (VmHWM in /proc/&lt;pid&gt;/status),
 * sampled until the process is gone, and its CPU time. VmHWM is a high-water mark, so sampling cannot
 * miss a peak; only growth in the last sampling interval before exit can go unseen.
 *
 * <p>CPU time is exact: once the child is reaped, the kernel adds its user and system time (and that
 * of every child it reaped itself) to this process's {@code cutime} and {@code cstime} in
 * /proc/self/stat, so the growth of those across the run is the run's CPU time. The launcher script
 * execs its JVM, so the measured process is the JVM. This process starts no other child while a
 * run is measured.
 */
final class MeasuredProcess {
    private static final long SAMPLE_MILLIS = 200;
    /** The unit of /proc's times: USER_HZ, 100 on every Linux architecture the JDK runs on. */
    private static final double TICKS_PER_SECOND = 100.0;
    private static final Path SELF_STAT = Path.of("/proc/self/stat");

    /**
     * What the process did: exit code, wall seconds, peak RSS in MiB and CPU seconds (user + system;
     * both null where /proc is absent).
     */
    record Outcome(int exitCode, double wallSeconds, Double peakRssMb, long startEpochMillis, Double cpuSeconds) {}

    private MeasuredProcess() {}

    static Outcome run(List<String> command, Map<String, String> environment, Path log, Runnable whileRunning)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long cpuBefore = childrenCpuTicks(SELF_STAT);
        long startEpoch = System.currentTimeMillis();
        long start = System.nanoTime();
        Process process = builder.start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        Thread watcher = new Thread(whileRunning, "benchmark-watcher");
        watcher.setDaemon(true);
        watcher.start();
        long peakKb = -1;
        while (!process.waitFor(SAMPLE_MILLIS, TimeUnit.MILLISECONDS)) {
            peakKb = Math.max(peakKb, highWaterMarkKb(status));
        }
        double wall = (System.nanoTime() - start) / 1e9;
        long cpuAfter = childrenCpuTicks(SELF_STAT);
        watcher.interrupt();
        watcher.join(5_000);
        Double cpu = cpuBefore < 0 || cpuAfter < 0 ? null : (cpuAfter - cpuBefore) / TICKS_PER_SECOND;
        return new Outcome(process.exitValue(), wall, peakKb < 0 ? null : peakKb / 1024.0, startEpoch, cpu);
    }

    /** VmHWM in kB, or -1 when the file is gone (process exited) or absent (not Linux). */
    static long highWaterMarkKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** cutime + cstime (fields 16 and 17) of a /proc/&lt;pid&gt;/stat file in ticks, or -1 when unreadable. */
    static long childrenCpuTicks(Path stat) {
        try {
            return childrenCpuTicks(Files.readString(stat));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static long childrenCpuTicks(String stat) {
        // The command name (field 2) is in parentheses and may hold spaces: count from its end.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).strip().split(" ");
        return Long.parseLong(fields[16 - 3]) + Long.parseLong(fields[17 - 3]);
    }
}

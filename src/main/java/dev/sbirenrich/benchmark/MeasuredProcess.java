package dev.sbirenrich.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command as its own process and measures it from outside: wall time from start to exit,
 * and the peak resident set the kernel recorded (VmHWM in /proc/&lt;pid&gt;/status), sampled until
 * the process is gone. VmHWM is a high-water mark, so sampling cannot miss a peak; only growth in
 * the last sampling interval before exit can go unseen.
 */
final class MeasuredProcess {
    private static final long SAMPLE_MILLIS = 200;

    /** What the process did: exit code, wall seconds, peak RSS in MiB (null where /proc is absent). */
    record Outcome(int exitCode, double wallSeconds, Double peakRssMb, long startEpochMillis) {}

    private MeasuredProcess() {}

    static Outcome run(List<String> command, Map<String, String> environment, Path log, Runnable whileRunning)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
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
        watcher.interrupt();
        watcher.join(5_000);
        return new Outcome(process.exitValue(), wall, peakKb < 0 ? null : peakKb / 1024.0, startEpoch);
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
}

package dev.sbirenrich.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a benchmark ran on, so figures are never read without it. */
public class Machine {
    public int cores;
    public long memoryMb;
    public String java;
    public String os;
    public String cpu;
    /** One-minute load average when the benchmark started: other work shares these cores. */
    public double loadAverageAtStart;

    public Machine() {}

    static Machine current() {
        Machine m = new Machine();
        m.cores = Runtime.getRuntime().availableProcessors();
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            m.memoryMb = sun.getTotalMemorySize() / (1024 * 1024);
        }
        m.java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        m.os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        m.cpu = cpuModel();
        m.loadAverageAtStart = Math.round(os.getSystemLoadAverage() * 100) / 100.0;
        return m;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}

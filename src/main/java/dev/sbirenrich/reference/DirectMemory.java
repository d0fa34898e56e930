package dev.sbirenrich.reference;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;

/**
 * The direct (off-heap) memory this JVM may still allocate: its limit ({@code -XX:MaxDirectMemorySize},
 * by default the maximum heap; on a Flink TaskManager the framework and task off-heap and network
 * memory) less the direct buffers already allocated.
 */
final class DirectMemory {
    private DirectMemory() {}

    static long available() {
        String option = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("MaxDirectMemorySize").getValue();
        long limit = Long.parseLong(option);
        if (limit == 0) {
            limit = Runtime.getRuntime().maxMemory();
        }
        long used = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct"))
                .mapToLong(BufferPoolMXBean::getTotalCapacity)
                .sum();
        return Math.max(0, limit - used);
    }
}

package dev.sbirenrich.pipeline;

import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.util.TestStreamEnvironment;
import org.apache.flink.test.util.MiniClusterWithClientResource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One MiniCluster (2 slots) for every integration test class in the JVM: started by the first class
 * that needs it, closed by JUnit when the run ends. Each test gets it as its execution environment.
 */
public class SharedMiniCluster implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {
    public static final int PARALLELISM = 2;

    private static MiniClusterWithClientResource cluster;

    /** The running cluster, for what a job leaves behind (its exception history, its attempts). */
    public static MiniCluster miniCluster() {
        return cluster.getMiniCluster();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedMiniCluster.class, key -> start(), Closer.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        TestStreamEnvironment.setAsContext(cluster.getMiniCluster(), PARALLELISM);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestStreamEnvironment.unsetAsContext();
    }

    private static Closer start() {
        cluster = new MiniClusterWithClientResource(new MiniClusterResourceConfiguration.Builder()
                .setNumberTaskManagers(1)
                .setNumberSlotsPerTaskManager(PARALLELISM)
                .build());
        try {
            cluster.before();
        } catch (Exception e) {
            throw new IllegalStateException("MiniCluster did not start", e);
        }
        return new Closer();
    }

    /** Stops the cluster when the root context closes, after the last test class. */
    static final class Closer implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            cluster.after();
        }
    }
}

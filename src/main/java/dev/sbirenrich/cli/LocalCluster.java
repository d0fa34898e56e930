package dev.sbirenrich.cli;

import org.apache.flink.api.common.JobID;
import org.apache.flink.client.deployment.executors.PipelineExecutorUtils;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.runtime.minicluster.MiniClusterJobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;

/**
 * The embedded cluster of a local run. The run owns it, rather than Flink's per-job cluster that
 * stops with its job, so that {@code --keep-ui} can keep the web UI up after the job has ended.
 */
final class LocalCluster implements AutoCloseable {
    private final MiniCluster cluster;

    private LocalCluster(MiniCluster cluster) {
        this.cluster = cluster;
    }

    /** Starts a cluster with one TaskManager and a slot per subtask of the job's widest operator. */
    static LocalCluster start(Configuration conf, StreamGraph job) throws Exception {
        int slots = conf.getOptional(TaskManagerOptions.NUM_TASK_SLOTS).orElse(job.getMaximumParallelism());
        MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(conf)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(slots)
                .build());
        cluster.start();
        return new LocalCluster(cluster);
    }

    /**
     * The job of {@code env}, named {@code name}, prepared as Flink's local executor prepares it
     * from {@code conf}: a job id, and the savepoint to restore from when the run resumes.
     */
    static StreamGraph graph(StreamExecutionEnvironment env, Configuration conf, String name) throws Exception {
        StreamGraph graph = env.getStreamGraph();
        graph.setJobName(name);
        return PipelineExecutorUtils.getStreamGraph(graph, conf);
    }

    /** Submits {@code job}; the cluster outlives it. */
    JobClient submit(StreamGraph job) throws Exception {
        JobID id = cluster.submitJob(job).get().getJobID();
        return new MiniClusterJobClient(id, cluster, Thread.currentThread().getContextClassLoader(),
                MiniClusterJobClient.JobFinalizationBehavior.NOTHING);
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}

package dev.sbirenrich.pipeline;

import dev.sbirenrich.config.PipelineSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.apache.flink.api.common.functions.RuntimeContext;

/**
 * Test-only switches of the enrichment operator, off unless a test sets them: an injected failure
 * (failover tests) and a pace (so a cluster test can kill a TaskManager mid-run). They travel as
 * global job parameters, so the operator's constructor and its savepoint form stay untouched.
 */
public final class TestSwitches {
    static final String FAIL_AFTER_AWARDS = "sbir.test.fail-after-awards";
    static final String AWARDS_PER_SECOND = "sbir.test.awards-per-second";

    private final long failAfterAwards;
    private final long nanosPerAward;
    private long awardsSeen;
    private long nextAwardNanos;

    private TestSwitches(long failAfterAwards, int awardsPerSecond) {
        this.failAfterAwards = failAfterAwards;
        this.nanosPerAward = awardsPerSecond > 0 ? 1_000_000_000L / awardsPerSecond : 0;
    }

    /** The switches that are on, as global job parameters; empty in production. */
    public static Map<String, String> jobParameters(PipelineSettings settings) {
        Map<String, String> parameters = new HashMap<>();
        if (settings.failAfterAwards > 0) {
            parameters.put(FAIL_AFTER_AWARDS, String.valueOf(settings.failAfterAwards));
        }
        if (settings.throttleAwardsPerSecond > 0) {
            parameters.put(AWARDS_PER_SECOND, String.valueOf(settings.throttleAwardsPerSecond));
        }
        return parameters;
    }

    /** The switches of one subtask: the failure fires only in the first attempt of subtask 0, so it fires once. */
    static TestSwitches of(RuntimeContext context) {
        Map<String, String> parameters = context.getGlobalJobParameters();
        boolean failingAttempt = context.getTaskInfo().getIndexOfThisSubtask() == 0
                && context.getTaskInfo().getAttemptNumber() == 0;
        long failAfter = failingAttempt ? Long.parseLong(parameters.getOrDefault(FAIL_AFTER_AWARDS, "0")) : 0;
        return new TestSwitches(failAfter, Integer.parseInt(parameters.getOrDefault(AWARDS_PER_SECOND, "0")));
    }

    /** Called once per arriving award: waits for the pace, then fails if this is the chosen award. */
    void onAward() {
        if (nanosPerAward > 0) {
            long now = System.nanoTime();
            if (nextAwardNanos > now) {
                LockSupport.parkNanos(nextAwardNanos - now);
            }
            nextAwardNanos = Math.max(nextAwardNanos, now) + nanosPerAward;
        }
        if (failAfterAwards > 0 && ++awardsSeen == failAfterAwards) {
            throw new IllegalStateException("injected failure after " + failAfterAwards
                    + " awards (pipeline.failAfterAwards, test only)");
        }
    }
}

package dev.sbirenrich.io;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Reads that run on other threads: their failures reach the caller as they were thrown. */
public final class ParallelReads {
    private ParallelReads() {}

    /** The result of {@code read}; its IOException or RuntimeException is rethrown as it is. */
    public static <T> T await(Future<T> read) throws IOException, InterruptedException {
        try {
            return read.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }

    /** Takes a task's result; it may fail with an IOException. */
    @FunctionalInterface
    public interface ResultConsumer<R> {
        void accept(R result) throws IOException;
    }

    /**
     * Runs tasks {@code 0..count-1} on {@code workers}, at most {@code window} at a time, and hands
     * their results to {@code consumer} in task order: only the results in flight are held.
     */
    public static <R> void inOrder(ExecutorService workers, int count, int window, IntFunction<Callable<R>> task,
            ResultConsumer<R> consumer) throws IOException, InterruptedException {
        ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
        int submitted = 0;
        while (submitted < count || !inFlight.isEmpty()) {
            while (submitted < count && inFlight.size() < window) {
                inFlight.add(workers.submit(task.apply(submitted++)));
            }
            consumer.accept(await(inFlight.poll()));
        }
    }
}

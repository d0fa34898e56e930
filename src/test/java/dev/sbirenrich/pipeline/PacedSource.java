package dev.sbirenrich.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SourceSplit;
import org.apache.flink.core.io.InputStatus;

/**
 * Another source, each of its readers polled at most {@code pollsPerSecond} times a second: a file
 * source's reader emits one record per poll, so a run lasts long enough for a test to stop, kill
 * or fail it midway. The reader waits without blocking its task, so checkpoints pass as usual.
 */
public final class PacedSource<T, SplitT extends SourceSplit, EnumChkT> extends WrappedSource<T, SplitT, EnumChkT> {
    private static final long serialVersionUID = 1L;

    private final double pollsPerSecond;

    public PacedSource(Source<T, SplitT, EnumChkT> source, double pollsPerSecond) {
        super(source);
        if (pollsPerSecond <= 0) {
            throw new IllegalArgumentException("a pace must be positive: " + pollsPerSecond);
        }
        this.pollsPerSecond = pollsPerSecond;
    }

    @Override
    SourceReader<T, SplitT> wrap(SourceReader<T, SplitT> reader, SourceReaderContext context) {
        return new Reader<>(reader, (long) (1_000_000_000L / pollsPerSecond));
    }

    private static final class Reader<T, SplitT extends SourceSplit> extends ForwardingReader<T, SplitT> {
        private final long nanosPerPoll;
        private long nextPollNanos = System.nanoTime();

        Reader(SourceReader<T, SplitT> reader, long nanosPerPoll) {
            super(reader);
            this.nanosPerPoll = nanosPerPoll;
        }

        @Override
        public InputStatus pollNext(ReaderOutput<T> output) throws Exception {
            long now = System.nanoTime();
            if (now < nextPollNanos) {
                return InputStatus.NOTHING_AVAILABLE;
            }
            // Time spent waiting for input is not saved up for a burst.
            nextPollNanos = Math.max(nextPollNanos, now) + nanosPerPoll;
            return reader.pollNext(output);
        }

        @Override
        public CompletableFuture<Void> isAvailable() {
            long wait = nextPollNanos - System.nanoTime();
            if (wait <= 0) {
                return reader.isAvailable();
            }
            return reader.isAvailable().thenCombine(
                    CompletableFuture.runAsync(() -> {}, CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS)),
                    (input, due) -> null);
        }
    }
}

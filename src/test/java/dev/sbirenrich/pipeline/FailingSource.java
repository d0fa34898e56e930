package dev.sbirenrich.pipeline;

import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceOutput;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SourceSplit;
import org.apache.flink.core.io.InputStatus;
import org.apache.flink.runtime.metrics.scope.ScopeFormat;

/**
 * Another source whose readers fail in their first attempt once they have emitted
 * {@code failAfterRecords} records, so each reader fails once at most. The pipeline rebalances its
 * awards, which makes the job one pipelined region: the first failure restarts every reader in a
 * later attempt, and the job fails once, at whichever reader gets there first.
 */
public final class FailingSource<T, SplitT extends SourceSplit, EnumChkT> extends WrappedSource<T, SplitT, EnumChkT> {
    private static final long serialVersionUID = 1L;

    private final long failAfterRecords;

    public FailingSource(Source<T, SplitT, EnumChkT> source, long failAfterRecords) {
        super(source);
        if (failAfterRecords < 1) {
            throw new IllegalArgumentException("a failure needs at least one record before it: " + failAfterRecords);
        }
        this.failAfterRecords = failAfterRecords;
    }

    @Override
    SourceReader<T, SplitT> wrap(SourceReader<T, SplitT> reader, SourceReaderContext context) {
        // The reader context names no attempt; the metric scope of its task does.
        int attempt = Integer.parseInt(context.metricGroup().getAllVariables().get(ScopeFormat.SCOPE_TASK_ATTEMPT_NUM));
        return attempt == 0 ? new Reader<>(reader, failAfterRecords) : reader;
    }

    private static final class Reader<T, SplitT extends SourceSplit> extends ForwardingReader<T, SplitT> {
        private final long failAfterRecords;
        private long records;
        private ReaderOutput<T> output;
        private ReaderOutput<T> counting;

        Reader(SourceReader<T, SplitT> reader, long failAfterRecords) {
            super(reader);
            this.failAfterRecords = failAfterRecords;
        }

        @Override
        public InputStatus pollNext(ReaderOutput<T> output) throws Exception {
            if (output != this.output) {
                this.output = output;
                counting = new CountingReaderOutput(output);
            }
            return reader.pollNext(counting);
        }

        private void emitted() {
            if (++records == failAfterRecords) {
                throw new IllegalStateException("injected failure after " + records + " records");
            }
        }

        /** Counts the records of one output: a reader emits through its own and its splits'. */
        private class CountingOutput implements SourceOutput<T> {
            private final SourceOutput<T> output;

            CountingOutput(SourceOutput<T> output) {
                this.output = output;
            }

            @Override
            public void collect(T record) {
                output.collect(record);
                emitted();
            }

            @Override
            public void collect(T record, long timestamp) {
                output.collect(record, timestamp);
                emitted();
            }

            @Override
            public void emitWatermark(Watermark watermark) {
                output.emitWatermark(watermark);
            }

            @Override
            public void markIdle() {
                output.markIdle();
            }

            @Override
            public void markActive() {
                output.markActive();
            }
        }

        private final class CountingReaderOutput extends CountingOutput implements ReaderOutput<T> {
            private final ReaderOutput<T> output;

            CountingReaderOutput(ReaderOutput<T> output) {
                super(output);
                this.output = output;
            }

            @Override
            public SourceOutput<T> createOutputForSplit(String splitId) {
                return new CountingOutput(output.createOutputForSplit(splitId));
            }

            @Override
            public void releaseOutputForSplit(String splitId) {
                output.releaseOutputForSplit(splitId);
            }
        }
    }
}

package dev.sbirenrich.pipeline;

import dev.sbirenrich.model.Award;
import dev.sbirenrich.reference.SnapshotDescriptor;
import org.apache.flink.api.connector.source.Source;

/**
 * The pipeline's inputs: the awards (file sources in production, any bounded or unbounded source
 * in tests), the reference snapshot the job starts with, when not null the recipients dumps that
 * replace the reference while the job runs, and the reviewers' decisions.
 */
public record PipelineSources(Source<Award, ?, ?> awards, SnapshotDescriptor reference,
        ReferenceUpdates referenceUpdates, ReviewDecisions decisions) {
    public PipelineSources(Source<Award, ?, ?> awards, SnapshotDescriptor reference) {
        this(awards, reference, null, ReviewDecisions.NONE);
    }
}

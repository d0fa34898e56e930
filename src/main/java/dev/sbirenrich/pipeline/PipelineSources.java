package dev.sbirenrich.pipeline;

import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.Recipient;
import org.apache.flink.api.connector.source.Source;

/** The pipeline's inputs: file sources in production, any bounded or unbounded source in tests. */
public record PipelineSources(Source<Award, ?, ?> awards, Source<Recipient, ?, ?> recipients) {}

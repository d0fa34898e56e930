package dev.sbirenrich.pipeline;

import dev.sbirenrich.model.Alert;
import dev.sbirenrich.model.EnrichedAward;
import dev.sbirenrich.model.Rejection;
import org.apache.flink.api.connector.sink2.Sink;

/** The pipeline's outputs: exactly-once file sinks in production, collecting sinks in tests. */
public record PipelineSinks(Sink<EnrichedAward> enriched, Sink<Rejection> rejected, Sink<Alert> alerts) {}

package dev.sbirenrich.pipeline;

import dev.sbirenrich.io.RecipientColumns;
import org.apache.flink.api.connector.source.Source;

/**
 * New recipients dumps for a running job: {@code dumps} yields each new dump file's path once,
 * read as {@code columns} (null: CSV with a header); their snapshots go to the store at
 * {@code store}, a directory every TaskManager can read.
 */
public record ReferenceUpdates(Source<String, ?, ?> dumps, String store, RecipientColumns columns) {}

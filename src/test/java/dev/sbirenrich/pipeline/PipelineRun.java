package dev.sbirenrich.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sbirenrich.config.EnrichmentSettings;
import dev.sbirenrich.config.TestSettings;
import dev.sbirenrich.io.RecipientColumns;
import dev.sbirenrich.reference.ReferenceInput;
import dev.sbirenrich.reference.ReferenceStore;
import dev.sbirenrich.report.OutputScan;
import dev.sbirenrich.run.CommittedFiles;
import dev.sbirenrich.run.OutputLayout;
import dev.sbirenrich.run.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Runs the production topology with production file sources and sinks on the shared MiniCluster,
 * against the reference snapshot of the given recipients in a store of the test's own (built, or
 * reused when the store already has it, as a local run does).
 */
final class PipelineRun {
    static final ObjectMapper JSON = new ObjectMapper();

    final Path output;
    final ReferenceStore.Ensured reference;
    final RunSummary summary = new RunSummary();

    private PipelineRun(Path output, ReferenceStore.Ensured reference) {
        this.output = output;
        this.reference = reference;
    }

    static EnrichmentSettings settings() {
        return settings(Map.of());
    }

    /** {@link #settings()} with {@code overrides} (dotted paths) over them. */
    static EnrichmentSettings settings(Map<String, ?> overrides) {
        Map<String, Object> all = new HashMap<>(Map.of("pipeline.webUiPort", 0, "pipeline.checkpointIntervalMs", 2_000));
        all.putAll(overrides);
        return TestSettings.with(all);
    }

    /** The snapshot of {@code recipients} in {@code store}, as the run command prepares it. */
    static ReferenceStore.Ensured snapshot(Path store, List<String> recipients, RecipientColumns columns)
            throws IOException {
        return new ReferenceStore(store).ensure(
                new ReferenceInput(recipients.stream().map(Path::of).toList(), columns), 2, rows -> {});
    }

    static PipelineRun execute(EnrichmentSettings settings, List<String> awards, List<String> recipients,
            RecipientColumns columns, Path store, Path output) throws Exception {
        ReferenceStore.Ensured reference = snapshot(store, recipients, columns);
        var env = StreamExecutionEnvironment.getExecutionEnvironment(
                JobConfiguration.forLocalRun(settings.pipeline, output.resolve("_checkpoints").toUri().toString()));
        EnrichmentPipeline.build(env,
                new PipelineSources(FileSources.awards(awards, Duration.ZERO), reference.descriptor()),
                FileSinks.under(new org.apache.flink.core.fs.Path(output.toUri())), settings);
        env.execute("test");
        PipelineRun run = new PipelineRun(output, reference);
        OutputScan.fill(run.summary, output);
        return run;
    }

    /** Enriched output lines keyed by award record number. */
    Map<Long, JsonNode> enrichedByRecord() throws IOException {
        Map<Long, JsonNode> byRecord = new TreeMap<>();
        for (String line : lines(OutputLayout.ENRICHED_DIR)) {
            JsonNode node = JSON.readTree(line);
            byRecord.put(node.path("source").path("record").asLong(), node);
        }
        return byRecord;
    }

    List<JsonNode> rejected() throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : lines(OutputLayout.REJECTED_DIR)) {
            rows.add(JSON.readTree(line));
        }
        return rows;
    }

    /** Committed lines, sorted, for comparing two runs exactly. */
    List<String> sortedEnrichedLines() throws IOException {
        List<String> lines = lines(OutputLayout.ENRICHED_DIR);
        lines.sort(null);
        return lines;
    }

    private List<String> lines(String dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path part : CommittedFiles.under(output.resolve(dir))) {
            Files.readAllLines(part).stream().filter(l -> !l.isBlank()).forEach(lines::add);
        }
        return lines;
    }
}

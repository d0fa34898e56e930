package dev.sbirenrich.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sbirenrich.config.EnrichmentSettings;
import dev.sbirenrich.io.RecipientColumns;
import dev.sbirenrich.report.CommittedFiles;
import dev.sbirenrich.report.OutputScan;
import dev.sbirenrich.report.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Runs the production topology with production file sources and sinks on the shared MiniCluster. */
final class PipelineRun {
    static final ObjectMapper JSON = new ObjectMapper();

    final Path output;
    final RunSummary summary = new RunSummary();

    private PipelineRun(Path output) {
        this.output = output;
    }

    static EnrichmentSettings settings(String runtimeMode, String stateLayout) {
        EnrichmentSettings settings = new EnrichmentSettings();
        settings.pipeline.runtimeMode = runtimeMode;
        settings.pipeline.stateLayout = stateLayout;
        settings.pipeline.webUiPort = 0;
        settings.pipeline.checkpointIntervalMs = 2_000;
        return settings;
    }

    static PipelineRun execute(EnrichmentSettings settings, List<String> awards, List<String> recipients,
            RecipientColumns columns, Path output) throws Exception {
        var env = StreamExecutionEnvironment.getExecutionEnvironment(
                JobConfiguration.forLocalRun(settings.pipeline, output.resolve("_checkpoints").toUri().toString()));
        EnrichmentPipeline.build(env, FileSources.of(awards, recipients, columns),
                FileSinks.under(new org.apache.flink.core.fs.Path(output.toUri())), settings);
        env.execute("test");
        PipelineRun run = new PipelineRun(output);
        OutputScan.fill(run.summary, output);
        return run;
    }

    /** Enriched output lines keyed by award record number. */
    Map<Long, JsonNode> enrichedByRecord() throws IOException {
        Map<Long, JsonNode> byRecord = new TreeMap<>();
        for (String line : lines(FileSinks.ENRICHED_DIR)) {
            JsonNode node = JSON.readTree(line);
            byRecord.put(node.path("source").path("record").asLong(), node);
        }
        return byRecord;
    }

    List<JsonNode> rejected() throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : lines(FileSinks.REJECTED_DIR)) {
            rows.add(JSON.readTree(line));
        }
        return rows;
    }

    /** Committed lines, sorted, for comparing two runs exactly. */
    List<String> sortedEnrichedLines() throws IOException {
        List<String> lines = lines(FileSinks.ENRICHED_DIR);
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

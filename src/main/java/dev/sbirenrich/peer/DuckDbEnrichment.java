package dev.sbirenrich.peer;

import dev.sbirenrich.matching.MatchingSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.duckdb.DuckDBConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The same enrichment as the Flink job, done the way a user would pick instead: one in-process
 * DuckDB database, identifier joins and a blocked Jaro-Winkler name join in SQL
 * (resources/peer/duckdb-enrichment.sql). Writes {@code <output>/enriched/part-0.jsonl} in the
 * shape evaluate reads, and its phase times ({@link PeerSummary}). The benchmark
 * runs it as its own JVM, as it runs the job, so both are timed and measured the same way.
 */
@Command(name = "duckdb-peer", mixinStandardHelpOptions = true,
        description = "Enrich awards with DuckDB SQL (the benchmark's peer).")
public final class DuckDbEnrichment implements Callable<Integer> {
    private static final String SQL_RESOURCE = "/peer/duckdb-enrichment.sql";

    @Option(names = "--awards", required = true, paramLabel = "FILE", description = "SBIR awards CSV.")
    Path awards;

    @Option(names = "--recipients", required = true, paramLabel = "FILE", description = "Recipients CSV export.")
    Path recipients;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory (created).")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "DuckDB worker threads (default: ${DEFAULT-VALUE}).")
    int threads = 2;

    public static void main(String[] args) {
        System.exit(PeerCommandLine.of(new DuckDbEnrichment()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path enriched = output.resolve("enriched");
        Files.createDirectories(enriched);
        PeerSummary summary = new PeerSummary();
        long start = System.nanoTime();
        try (DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET threads = " + threads);
                // Spill joins larger than memory to disk, like the job's RocksDB state.
                statement.execute("SET temp_directory = '" + sqlText(output.resolve("_duckdb_tmp").toString()) + "'");
            }
            DuckDbLoader.createTables(connection);
            load(connection, summary);
            summary.put("load_seconds", PeerSummary.seconds(start));

            long match = System.nanoTime();
            runScript(connection, enriched.resolve("part-0.jsonl"));
            summary.put("match_and_write_seconds", PeerSummary.seconds(match));
        }
        summary.put("total_seconds", PeerSummary.seconds(start));
        summary.put("threads", threads);
        summary.write(output);
        return 0;
    }

    /** Recipients and awards load at once, on two connections: the job also reads both inputs at once. */
    private void load(DuckDBConnection connection, PeerSummary summary) throws Exception {
        try (DuckDBConnection second = (DuckDBConnection) connection.duplicate()) {
            CompletableFuture<Long> awardRows = CompletableFuture.supplyAsync(() -> {
                try {
                    return DuckDbLoader.loadAwards(second, awards);
                } catch (IOException | SQLException e) {
                    throw new CompletionException(e);
                }
            });
            summary.put("recipients", DuckDbLoader.loadRecipients(connection, recipients));
            summary.put("awards", awardRows.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static void runScript(DuckDBConnection connection, Path enrichedFile) throws IOException, SQLException {
        MatchingSettings settings = new MatchingSettings();
        String script = resource()
                .replace("{maxPostingSize}", Integer.toString(settings.maxPostingSize))
                .replace("{autoAcceptScore}", Double.toString(settings.autoAcceptScore))
                .replace("{autoAcceptMargin}", Double.toString(settings.autoAcceptMargin))
                .replace("{candidateScore}", Double.toString(settings.candidateScore))
                .replace("{enrichedFile}", sqlText(enrichedFile.toString()));
        try (Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\\s*(\\n|$)")) {
                String body = sql.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
                if (!body.isBlank()) {
                    statement.execute(body);
                }
            }
        }
    }

    private static String resource() throws IOException {
        try (InputStream in = DuckDbEnrichment.class.getResourceAsStream(SQL_RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + SQL_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String sqlText(String text) {
        return text.replace("'", "''");
    }
}

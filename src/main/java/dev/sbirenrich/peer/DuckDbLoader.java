package dev.sbirenrich.peer;

import dev.sbirenrich.io.AwardCsvReader;
import dev.sbirenrich.io.Decompression;
import dev.sbirenrich.io.RecipientCsvReader;
import dev.sbirenrich.io.RecordReader;
import dev.sbirenrich.matching.AwardKeyer;
import dev.sbirenrich.matching.LookupKeys;
import dev.sbirenrich.matching.RecipientKeyer;
import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.AwardKeys;
import dev.sbirenrich.model.Recipient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Loads the peer's tables through DuckDB's Appender. Files are read by our own readers and keyed by
 * our own pure-Java normalization (AwardKeyer, RecipientKeyer, NameBlocker): DuckDB's CSV reader
 * would renumber or drop the malformed award rows, so its record numbers would no longer meet
 * truth.csv, and re-writing the name rules (DBA clauses, dotted letters, designators, abbreviation
 * families) in SQL regexes would compare two normalizers instead of two engines. What is left to
 * DuckDB is what a SQL user would hand it: the joins, the scoring and the output.
 */
final class DuckDbLoader {
    static final String SCHEMA = """
            CREATE TABLE recipients (rec BIGINT, uei VARCHAR, duns VARCHAR, name VARCHAR, legal_name VARCHAR,
                update_date VARCHAR, source_file VARCHAR, source_record BIGINT);
            CREATE TABLE recipient_blocks (block VARCHAR, rec BIGINT);
            CREATE TABLE awards (award BIGINT, file VARCHAR, record BIGINT, uei VARCHAR, duns VARCHAR, name VARCHAR);
            CREATE TABLE award_blocks (block VARCHAR, award BIGINT);
            """;

    private DuckDbLoader() {}

    static void createTables(DuckDBConnection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : SCHEMA.split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    /** Appends every readable recipient row and its name blocks; returns the rows loaded. */
    static long loadRecipients(DuckDBConnection connection, Path file) throws IOException, SQLException {
        long rows = 0;
        try (InputStream in = Decompression.open(file.toString(), Files.newInputStream(file));
             RecordReader<Recipient> reader = new RecipientCsvReader(file.toString(), in);
             DuckDBAppender recipients = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "recipients");
             DuckDBAppender blocks = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "recipient_blocks")) {
            for (Recipient raw = reader.next(); raw != null; raw = reader.next()) {
                if (raw.rejection != null) {
                    continue;
                }
                Recipient r = RecipientKeyer.normalize(raw);
                long rec = ++rows;
                recipients.beginRow().append(rec).append(r.uei).append(r.duns).append(r.nameTokens)
                        .append(r.legalBusinessName).append(r.updateDate).append(r.sourceFile).append(r.recordNumber)
                        .endRow();
                for (String key : RecipientKeyer.indexKeysFor(r)) {
                    if (LookupKeys.isNameKey(key)) {
                        blocks.beginRow().append(key).append(rec).endRow();
                    }
                }
            }
        }
        return rows;
    }

    /** Appends every readable award (rejected rows are left out, as the job routes them to rejected/). */
    static long loadAwards(DuckDBConnection connection, Path file) throws IOException, SQLException {
        long rows = 0;
        try (InputStream in = Decompression.open(file.toString(), Files.newInputStream(file));
             RecordReader<Award> reader = new AwardCsvReader(file.toString(), in);
             DuckDBAppender awards = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "awards");
             DuckDBAppender blocks = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "award_blocks")) {
            for (Award award = reader.next(); award != null; award = reader.next()) {
                if (award.rejection != null) {
                    continue;
                }
                AwardKeys keys = AwardKeyer.keysFor(award);
                long id = ++rows;
                awards.beginRow().append(id).append(award.sourceFile).append(award.recordNumber)
                        .append(keys.uei).append(keys.duns).append(keys.nameTokens).endRow();
                for (String key : keys.probeKeys) {
                    if (LookupKeys.isNameKey(key)) {
                        blocks.beginRow().append(key).append(id).endRow();
                    }
                }
            }
        }
        return rows;
    }
}

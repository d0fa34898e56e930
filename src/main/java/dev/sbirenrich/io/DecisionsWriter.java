package dev.sbirenrich.io;

import dev.sbirenrich.model.Decision;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes decisions as the CSV that {@link DecisionsReader} reads (RFC 4180, its header, absent identifiers empty). */
public final class DecisionsWriter {
    private DecisionsWriter() {}

    public static void write(Path file, List<Decision> decisions) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(DecisionsReader.HEADER.toArray(String[]::new)).get();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Decision d : decisions) {
                csv.printRecord(d.awardFile, d.awardRecord, d.company, d.verdict, d.uei == null ? "" : d.uei,
                        d.duns == null ? "" : d.duns, d.reviewer, d.decidedAt);
            }
        }
    }
}

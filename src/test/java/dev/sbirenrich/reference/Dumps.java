package dev.sbirenrich.reference;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small recipients dumps for reference tests: CSV exports with a header, as USAspending writes them. */
final class Dumps {
    static final String HEADER = "legal_business_name,uei,duns,city,state,zip5,update_date,address_line_1";

    private Dumps() {}

    /** One CSV row; empty strings for missing values. */
    static String row(String name, String uei, String duns, String city, String state, String zip5, String updated) {
        return String.join(",", name, uei, duns, city, state, zip5, updated, "");
    }

    /** A row with a street line and no DUNS. */
    static String atStreet(String name, String uei, String city, String state, String zip5, String street) {
        return String.join(",", name, uei, "", city, state, zip5, "2024-01-01", street);
    }

    static String row(String name, String uei, String state) {
        return row(name, uei, "", "", state, "", "2024-01-01");
    }

    /**
     * XYGURICA LASER CORP (UEI XYGURICA0001) among five other LASER companies in VA: a typo in
     * its rare word (XYGUDICA) leaves the award only LASER, a key common to all six.
     */
    static String[] laserCompanies() {
        List<String> rows = new ArrayList<>();
        for (String other : List.of("ORBITAL", "QUANTRA", "HELIOS", "MERIDIAN", "VECTRON")) {
            rows.add(row(other + " LASER CORP", other.substring(0, 5) + "LASER01", "VA"));
        }
        rows.add(row("XYGURICA LASER CORP", "XYGURICA0001", "VA"));
        return rows.toArray(String[]::new);
    }

    static Path csv(Path file, List<String> rows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(HEADER + "\n");
            for (String row : rows) {
                out.write(row + "\n");
            }
        }
        return file;
    }

    /** {@code count} distinct companies, enough rows that a build takes a noticeable moment. */
    static Path filler(Path file, int count) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(HEADER + "\n");
            for (int i = 0; i < count; i++) {
                out.write(row("FILLER " + i + " HOLDINGS", "F" + String.format("%011d", i), "", "SPRINGFIELD", "IL",
                        "62701", "2024-01-01") + "\n");
            }
        }
        return file;
    }

    static ReferenceInput input(Path... files) {
        return new ReferenceInput(List.of(files), null);
    }
}

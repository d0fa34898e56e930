package dev.sbirenrich.report;

import java.util.List;

/** Employee-count ranges for the report: the SBA size standard caps most SBIR firms at 500. */
final class CompanySize {
    static final String UNKNOWN = "unknown";
    static final List<String> BUCKETS = List.of("0-9", "10-49", "50-99", "100-249", "250-500", "over 500", UNKNOWN);
    private static final int[] UPPER_BOUNDS = {9, 49, 99, 249, 500};

    private CompanySize() {}

    static String bucket(Integer employees) {
        if (employees == null || employees < 0) {
            return UNKNOWN;
        }
        for (int i = 0; i < UPPER_BOUNDS.length; i++) {
            if (employees <= UPPER_BOUNDS[i]) {
                return BUCKETS.get(i);
            }
        }
        return BUCKETS.get(UPPER_BOUNDS.length);
    }
}

package dev.sbirenrich.io;

import dev.sbirenrich.model.Award;
import dev.sbirenrich.model.AwardColumns;
import dev.sbirenrich.model.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads SBIR.gov's award_data.csv. Columns are found by header name ({@link AwardColumns#indexOf},
 * so header variants and any column order work); columns outside the 42 are kept as extras.
 * Rejection reasons, first match wins: line-too-long, invalid-utf8, broken-quoting, column-count,
 * missing-company, bad-amount, bad-date, bad-year. Structurally broken rows (the first four) carry no
 * values.
 */
public final class AwardCsvReader implements RecordReader<Award> {
    public static final String INPUT = "awards";

    private final String fileName;
    private final CsvRecords records;
    private final int width;
    /** For each header position: its canonical column, or -1 when it is an extra. */
    private final int[] canonical;
    private final String[] extraNames;
    private long recordNumber;

    public AwardCsvReader(String fileName, InputStream in) throws IOException {
        this.fileName = fileName;
        this.records = new CsvRecords(in, INPUT, fileName);
        try {
            String[] names = records.header();
            width = names.length;
            canonical = new int[width];
            List<String> extras = new ArrayList<>();
            boolean[] seen = new boolean[AwardColumns.NAMES.size()];
            for (int i = 0; i < width; i++) {
                int c = AwardColumns.indexOf(names[i]);
                // A repeated column keeps its first occurrence canonical; later ones survive as extras.
                if (c >= 0 && !seen[c]) {
                    seen[c] = true;
                    canonical[i] = c;
                } else {
                    canonical[i] = -1;
                    extras.add(names[i]);
                }
            }
            extraNames = extras.toArray(new String[0]);
            List<String> missing = AwardColumns.REQUIRED.stream()
                    .filter(name -> !seen[AwardColumns.NAMES.indexOf(name)])
                    .toList();
            if (!missing.isEmpty()) {
                throw InputFormatException.lacksColumns(INPUT + " file " + fileName, missing);
            }
        } catch (IOException e) {
            records.close();
            throw e;
        }
    }

    @Override
    public Award next() throws IOException {
        CsvRecords.CsvRecord record = records.next();
        if (record == null) {
            return null;
        }
        Award award = new Award();
        award.sourceFile = fileName;
        award.recordNumber = ++recordNumber;
        award.extraNames = extraNames;
        award.rejection = records.structuralRejection(record, award.recordNumber, width);
        if (award.rejection == null) {
            fill(award, record.fields());
            check(award, record);
        }
        return award;
    }

    private void fill(Award award, String[] fields) {
        award.values = new String[AwardColumns.NAMES.size()];
        award.extraValues = new String[extraNames.length];
        int extra = 0;
        for (int i = 0; i < width; i++) {
            if (canonical[i] >= 0) {
                award.values[canonical[i]] = fields[i];
            } else {
                award.extraValues[extra++] = fields[i];
            }
        }
        award.employees = AwardValues.employees(award.get(AwardColumns.NUMBER_EMPLOYEES));
    }

    private void check(Award award, CsvRecords.CsvRecord record) {
        if (AwardValues.isBlank(award.get(AwardColumns.COMPANY))
                && AwardValues.isBlank(award.get(AwardColumns.UEI))
                && AwardValues.isBlank(award.get(AwardColumns.DUNS))) {
            reject(award, record, Rejection.MISSING_COMPANY, "Company, UEI and Duns are all blank");
            return;
        }
        // The first unreadable cell decides the reason; later cells are not parsed.
        if (parse(award, record, Rejection.BAD_AMOUNT,
                        () -> award.amount = AwardValues.amount(award.get(AwardColumns.AWARD_AMOUNT)))
                && parse(award, record, Rejection.BAD_DATE,
                        () -> award.proposalAwardDate = AwardValues.isoDate(award.get(AwardColumns.PROPOSAL_AWARD_DATE)))) {
            parse(award, record, Rejection.BAD_YEAR, () -> award.awardYear = AwardValues.year(award.get(AwardColumns.AWARD_YEAR)));
        }
    }

    /** Runs one cell parser; a cell it cannot read rejects the award under {@code reason}. */
    private boolean parse(Award award, CsvRecords.CsvRecord record, String reason, Runnable parser) {
        try {
            parser.run();
            return true;
        } catch (IllegalArgumentException e) {
            reject(award, record, reason, e.getMessage());
            return false;
        }
    }

    private void reject(Award award, CsvRecords.CsvRecord record, String reason, String detail) {
        award.rejection = records.rejection(record, award.recordNumber, reason, detail);
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}

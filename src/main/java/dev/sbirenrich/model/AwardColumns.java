package dev.sbirenrich.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The 42 columns of SBIR.gov's award_data.csv in file order, and the header variants seen in exports. */
public final class AwardColumns {
    public static final List<String> NAMES = List.of(
            "Company", "Award Title", "Agency", "Branch", "Phase", "Program", "Agency Tracking Number",
            "Contract", "Proposal Award Date", "Contract End Date", "Solicitation Number",
            "Solicitation Year", "Solicitation Close Date", "Proposal Receipt Date",
            "Date of Notification", "Topic Code", "Award Year", "Award Amount", "UEI", "Duns",
            "HUBZone Owned", "Socially and Economically Disadvantaged", "Woman Owned",
            "Number Employees", "Company Website", "Address1", "Address2", "City", "State", "Zip",
            "Abstract", "Contact Name", "Contact Title", "Contact Phone", "Contact Email", "PI Name",
            "PI Title", "PI Phone", "PI Email", "RI Name", "RI POC Name", "RI POC Phone");

    public static final int COMPANY = NAMES.indexOf("Company");
    public static final int PHASE = NAMES.indexOf("Phase");
    public static final int PROGRAM = NAMES.indexOf("Program");
    public static final int AGENCY = NAMES.indexOf("Agency");
    public static final int PROPOSAL_AWARD_DATE = NAMES.indexOf("Proposal Award Date");
    public static final int AWARD_YEAR = NAMES.indexOf("Award Year");
    public static final int AWARD_AMOUNT = NAMES.indexOf("Award Amount");
    public static final int UEI = NAMES.indexOf("UEI");
    public static final int DUNS = NAMES.indexOf("Duns");
    public static final int NUMBER_EMPLOYEES = NAMES.indexOf("Number Employees");
    public static final int ADDRESS1 = NAMES.indexOf("Address1");
    public static final int CITY = NAMES.indexOf("City");
    public static final int STATE = NAMES.indexOf("State");
    public static final int ZIP = NAMES.indexOf("Zip");

    /** Columns without which matching cannot work; a file lacking one is refused. */
    public static final List<String> REQUIRED = List.of("Company", "UEI", "Duns");

    private static final Map<String, String> VARIANTS = Map.of(
            "company name", "Company",
            "number of employees", "Number Employees",
            "duns", "Duns",
            "uei", "UEI");

    private AwardColumns() {}

    /** Canonical index of a header cell, or -1 for a column outside the 42. */
    public static int indexOf(String header) {
        String trimmed = header.strip();
        String canonical = VARIANTS.getOrDefault(trimmed.toLowerCase(Locale.ROOT), trimmed);
        for (int i = 0; i < NAMES.size(); i++) {
            if (NAMES.get(i).equalsIgnoreCase(canonical)) {
                return i;
            }
        }
        return -1;
    }
}

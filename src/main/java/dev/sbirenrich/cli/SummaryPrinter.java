package dev.sbirenrich.cli;

import dev.sbirenrich.report.RunReport;
import dev.sbirenrich.run.DecisionTally;
import dev.sbirenrich.run.RunSummary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** The console summary after a run. */
final class SummaryPrinter {
    private SummaryPrinter() {}

    static void print(RunSummary s, Path output, PrintStream out) {
        out.println();
        out.printf("Awards read        %,10d   (enriched %,d + rejected %,d)%s%n", s.awardsRead, s.awardsEnriched,
                s.awardsRejected, s.reconciled ? "" : "   NOT RECONCILED: missing " + s.missingRecords
                        + ", duplicated " + s.duplicateRecords);
        for (Map.Entry<String, Long> method : s.methods.entrySet()) {
            if (method.getValue() == 0 && method.getKey().startsWith("manual-")) {
                continue; // no decisions: the reviewers' methods are not news
            }
            out.printf("  %-22s %,8d   %5.1f%%%n", method.getKey(), method.getValue(),
                    s.awardsEnriched == 0 ? 0.0 : 100.0 * method.getValue() / s.awardsEnriched);
        }
        out.printf("Match rate         %9.2f%%   (identifier and auto-accepted name matches; candidates apart)%n",
                s.matchRatePercent());
        out.printf("Invalid identifiers   UEI %,d, DUNS %,d%n", s.invalidUei, s.invalidDuns);
        if (!s.rejectedByReason.isEmpty()) {
            out.printf("Rejected rows      %s%n", s.rejectedByReason);
        }
        if (s.recipientsRejected > 0) {
            out.printf("Recipient rows rejected %,d%n", s.recipientsRejected);
        }
        DecisionTally d = s.decisions;
        if (d.given + d.applied + d.unapplied + d.rejectedRows > 0) {
            out.printf("Review decisions   %,d given, %,d applied; not applied: %,d recipient not in the reference,"
                    + " %,d award not in this run, %,d rows in rejected/%n", d.given, d.applied, d.unapplied, d.absent,
                    d.rejectedRows);
        }
        if (s.baseline != null) {
            out.printf("Baseline           %9.2f%%   (this run %+.2f points: %s)%n", s.baseline.baselineMatchRate * 100,
                    -s.baseline.declinePoints, s.baseline.severity);
        }
        if (s.gate != null) {
            out.printf("Quality gate       %s%s%n", s.gate.published ? "passed, output published" : "FAILED, output not published",
                    s.gate.warnings.isEmpty() ? "" : "   warnings: " + String.join("; ", s.gate.warnings));
        }
        out.printf("Wall time          %9.1f s%n", s.wallTimeMs / 1000.0);
        out.printf("Output             %s%n", output.resolve("enriched"));
        out.printf("Rejected rows      %s%n", output.resolve("rejected"));
        out.printf("Summary            %s%n", output.resolve(RunSummary.FILE_NAME));
        out.printf("Report             %s%n", output.resolve(RunReport.HTML_FILE));
    }
}

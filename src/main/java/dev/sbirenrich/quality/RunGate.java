package dev.sbirenrich.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sbirenrich.config.QualitySettings;
import dev.sbirenrich.model.Alert;
import dev.sbirenrich.model.Severity;
import dev.sbirenrich.run.BaselineComparison;
import dev.sbirenrich.run.CommittedFiles;
import dev.sbirenrich.run.GateOutcome;
import dev.sbirenrich.run.OutputLayout;
import dev.sbirenrich.run.RunSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Before a run: fetches the baseline the job compares with. After it: publishes the output
 * ({@code manifest.json}, then {@code _SUCCESS}) only when the monitor's run verdict is not a
 * FAILURE and the output reconciles; otherwise writes {@code _GATE_FAILED} with the reasons.
 * Consumers read a run only when {@link #isPublished} says so.
 */
public final class RunGate {
    public static final String SUCCESS_MARKER = "_SUCCESS";
    public static final String FAILED_MARKER = "_GATE_FAILED";
    public static final String MANIFEST_FILE = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final QualitySettings settings;
    private final BaselineStore store;
    /** The stored baseline, when the match rate came from it rather than from the settings. */
    private final Baseline baseline;
    /** The match rate the run is compared with: pinned in the settings, else the stored baseline's; null: none. */
    private final Double baselineMatchRate;

    private RunGate(QualitySettings settings, BaselineStore store, Baseline baseline) {
        this.settings = settings;
        this.store = store;
        this.baseline = baseline;
        this.baselineMatchRate = baseline != null ? Double.valueOf(baseline.matchRate) : settings.baselineMatchRate;
    }

    /** Reads baseline.json before the job is built, unless the settings pin a baseline rate. */
    public static RunGate prepare(QualitySettings settings) throws IOException {
        BaselineStore store = new BaselineStore(Path.of(settings.baselineDir));
        Baseline baseline = settings.baselineMatchRate == null ? store.load().orElse(null) : null;
        return new RunGate(settings, store, baseline);
    }

    /**
     * The match rate this run is compared with, or null: the job's in-stream baseline rule needs
     * it as {@code quality.baselineMatchRate} of the settings it is built with.
     */
    public Double baselineMatchRate() {
        return baselineMatchRate;
    }

    public static boolean isPublished(Path runDir) {
        return Files.isRegularFile(runDir.resolve(SUCCESS_MARKER));
    }

    /**
     * Fills the gate outcome and baseline comparison of {@code summary} and writes the markers;
     * a published run's manifest names its inputs by these fingerprints.
     */
    public void publish(RunSummary summary, Path output, List<InputFingerprint> awards,
            List<InputFingerprint> recipients) throws IOException {
        summary.baseline = compare(summary.matchRate);
        GateOutcome gate = new GateOutcome();
        summary.gate = gate;
        Alert verdict = null;
        for (Alert alert : committedAlerts(output)) {
            if (QualityRules.RUN_VERDICT.equals(alert.rule)) {
                verdict = alert;
            } else if (QualityRules.RUN_WINDOW.equals(alert.window)) {
                List<String> list = alert.severity == Severity.FAILURE ? gate.reasons
                        : alert.severity == Severity.WARNING ? gate.warnings : null;
                if (list != null) {
                    list.add(alert.rule + ": " + alert.detail);
                }
            }
        }
        if (verdict == null) {
            gate.reasons.add("no run verdict in alerts/: the quality monitor never saw the end of the input");
        } else {
            gate.verdict = verdict.severity.name();
        }
        if (!summary.reconciled) {
            gate.reasons.add(String.format(Locale.ROOT, "output does not reconcile (missing %d, duplicated %d records)",
                    summary.missingRecords, summary.duplicateRecords));
        }
        gate.published = gate.reasons.isEmpty();
        if (gate.published) {
            Manifest manifest = Manifest.of(summary, awards, recipients);
            JSON.writeValue(output.resolve(MANIFEST_FILE).toFile(), manifest);
            Files.writeString(output.resolve(SUCCESS_MARKER), "");
        } else {
            Files.writeString(output.resolve(FAILED_MARKER), String.join("\n", gate.reasons) + "\n", StandardCharsets.UTF_8);
        }
    }

    /** Throws the one-line reason when the run was not published. */
    public static void requirePublished(RunSummary summary, Path output) {
        if (!summary.gate.published) {
            throw new QualityGateFailedException("quality gate failed, output not published ("
                    + output.resolve(FAILED_MARKER) + "): " + String.join("; ", summary.gate.reasons));
        }
    }

    private BaselineComparison compare(double matchRate) {
        if (baselineMatchRate == null) {
            return null;
        }
        BaselineComparison comparison = new BaselineComparison();
        comparison.baselineDir = baseline == null ? null : store.dir().toAbsolutePath().toString();
        comparison.baselineRunId = baseline == null ? null : baseline.runId;
        comparison.baselineMatchRate = baselineMatchRate;
        comparison.matchRate = matchRate;
        comparison.declinePoints = Math.round((baselineMatchRate - matchRate) * 10_000) / 100.0;
        comparison.severity = new QualityRules(settings).baselineDecline(baselineMatchRate, matchRate)
                .map(alert -> alert.severity.name())
                .orElse(Severity.INFO.name());
        return comparison;
    }

    private static List<Alert> committedAlerts(Path output) throws IOException {
        List<Alert> alerts = new ArrayList<>();
        for (Path part : CommittedFiles.under(output.resolve(OutputLayout.ALERTS_DIR))) {
            for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    alerts.add(AlertJson.parse(line));
                }
            }
        }
        return alerts;
    }
}

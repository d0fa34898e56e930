package dev.sbirenrich.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark as a Markdown table: console output, the PR comment and benchmark.md. */
public final class MarkdownSummary {
    private MarkdownSummary() {}

    public static String render(BenchmarkResult r) {
        StringBuilder md = new StringBuilder();
        md.append("## Enrichment benchmark: ").append(r.scale).append(" scale\n\n");
        md.append(String.format(Locale.ROOT,
                "%,d recipients, %,d awards (seed %d); %d run(s) per contender, medians shown; parallelism %d, heap %s.%n",
                r.recipients, r.awards, r.seed, r.runsPerContender, r.parallelism, r.heap));
        Machine m = r.machine;
        md.append(String.format(Locale.ROOT, "Machine: %d cores, %,d MiB, %s, %s; load average %.2f at start%s.%n%n",
                m.cores, m.memoryMb, m.cpu == null ? "cpu unknown" : m.cpu, m.java, m.loadAverageAtStart,
                r.commit == null ? "" : "; commit " + r.commit));

        md.append("| figure |");
        r.contenders.keySet().forEach(name -> md.append(' ').append(name).append(" |"));
        md.append("\n|---|");
        r.contenders.keySet().forEach(name -> md.append("---:|"));
        md.append('\n');
        for (Figures.Figure f : Figures.ALL) {
            if (r.contenders.values().stream().noneMatch(c -> c.median.get(f.key()) != null)) {
                continue;
            }
            md.append("| ").append(f.label()).append(" |");
            r.contenders.values().forEach(c -> md.append(' ').append(Figures.format(f, c.median.get(f.key()))).append(" |"));
            md.append('\n');
        }
        md.append("| failed or discarded runs |");
        r.contenders.values().forEach(c -> md.append(' ').append(c.failedRuns).append(" |"));
        md.append("\n\n");
        for (ContenderResult c : r.contenders.values()) {
            for (int i = 0; i < c.runs.size(); i++) {
                if (c.runs.get(i).discarded != null) {
                    md.append("- ").append(c.name).append(" run ").append(i + 1).append(" discarded: ")
                            .append(c.runs.get(i).discarded).append('\n');
                }
            }
        }

        List<String> compared = comparedContenders(r);
        if (!compared.isEmpty()) {
            md.append("Against the DuckDB peer of this benchmark (medians; time ratios below 1 and \"times faster\" above 1 favour the job):\n\n");
            md.append("| ratio |");
            compared.forEach(name -> md.append(' ').append(name).append(" |"));
            md.append("\n|---|");
            compared.forEach(name -> md.append("---:|"));
            md.append('\n');
            for (Ratios.Row row : Ratios.ROWS) {
                if (compared.stream().noneMatch(c -> r.ratios.containsKey(Ratios.key(c, row.suffix())))) {
                    continue;
                }
                md.append("| ").append(row.label()).append(" |");
                compared.forEach(c -> md.append(' ').append(ratio(r.ratios.get(Ratios.key(c, row.suffix())))).append(" |"));
                md.append('\n');
            }
            md.append('\n');
        }

        if (r.regression == null) {
            md.append(r.baselineNote != null ? "Not compared with the baseline: " + r.baselineNote + ".\n"
                    : "No baseline for this scale: nothing compared.\n");
        } else {
            md.append("### Against the baseline of ").append(r.regression.baselineTimestamp())
                    .append(" (").append(Contender.JUDGED.label).append(", decides the verdict): **")
                    .append(r.regression.verdict()).append("**\n\n");
            comparison(md, r.regression);
        }
        for (Map.Entry<String, RegressionCheck.Comparison> e : r.alsoCompared.entrySet()) {
            md.append("\n### ").append(e.getKey()).append(" against the baseline of ")
                    .append(e.getValue().baselineTimestamp()).append(" (reported, does not decide): ")
                    .append(e.getValue().verdict()).append("\n\n");
            comparison(md, e.getValue());
        }
        return md.toString();
    }

    private static void comparison(StringBuilder md, RegressionCheck.Comparison c) {
        md.append("| figure | baseline | now | change | verdict |\n|---|---:|---:|---:|---|\n");
        for (RegressionCheck.Finding f : c.findings()) {
            Figures.Figure figure = Figures.of(f.metric());
            md.append("| ").append(figure.label()).append(" | ").append(Figures.format(figure, f.baseline()))
                    .append(" | ").append(Figures.format(figure, f.current())).append(" | ")
                    .append(f.change() == null ? "not compared"
                            : String.format(Locale.ROOT, "%+.2f %s", f.change(), f.unit()))
                    .append(" | ").append(f.verdict()).append(" |\n");
        }
    }

    /** The contenders of a result that have any ratio to the peer, in run order. */
    static List<String> comparedContenders(BenchmarkResult r) {
        return r.contenders.keySet().stream()
                .filter(name -> Ratios.ROWS.stream().anyMatch(row -> r.ratios.containsKey(Ratios.key(name, row.suffix()))))
                .toList();
    }

    static String ratio(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }
}

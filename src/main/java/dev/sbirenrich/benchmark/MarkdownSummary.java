package dev.sbirenrich.benchmark;

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
        md.append("| failed runs |");
        r.contenders.values().forEach(c -> md.append(' ').append(c.failedRuns).append(" |"));
        md.append("\n\n");

        if (!r.ratios.isEmpty()) {
            md.append("Side by side (ratios: peer / flink-keyed, above 1 favours the job; leads: flink-keyed minus peer, in points):");
            for (Map.Entry<String, Double> e : r.ratios.entrySet()) {
                md.append(String.format(Locale.ROOT, " %s %.2f;", e.getKey(), e.getValue()));
            }
            md.setLength(md.length() - 1);
            md.append(".\n\n");
        }

        if (r.regression == null) {
            md.append("No baseline for this scale: nothing compared.\n");
        } else {
            md.append("### Against the baseline of ").append(r.regression.baselineTimestamp())
                    .append(" (").append(Contender.JUDGED.label).append("): **").append(r.regression.verdict())
                    .append("**\n\n| figure | baseline | now | change | verdict |\n|---|---:|---:|---:|---|\n");
            for (RegressionCheck.Finding f : r.regression.findings()) {
                Figures.Figure figure = Figures.of(f.metric());
                md.append("| ").append(figure.label()).append(" | ").append(Figures.format(figure, f.baseline()))
                        .append(" | ").append(Figures.format(figure, f.current())).append(" | ")
                        .append(f.change() == null ? "not compared"
                                : String.format(Locale.ROOT, "%+.2f %s", f.change(), f.unit()))
                        .append(" | ").append(f.verdict()).append(" |\n");
            }
        }
        return md.toString();
    }
}

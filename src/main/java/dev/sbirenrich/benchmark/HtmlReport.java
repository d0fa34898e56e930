package dev.sbirenrich.benchmark;

import java.util.List;
import java.util.Locale;

/**
 * The benchmark as one self-contained HTML page: this benchmark's table, the baseline comparison,
 * and inline SVG trend charts over the history of the same scale. No scripts, styles or fonts
 * from elsewhere, so the file can be attached to a CI run and opened anywhere.
 */
public final class HtmlReport {
    private HtmlReport() {}

    public static String render(BenchmarkResult r, List<BenchmarkResult> history) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Enrichment benchmark ")
                .append(Html.escape(r.timestamp)).append("</title><style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:1000px}")
                .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}")
                .append("td.n{text-align:right}.FAILURE{color:#b00;font-weight:bold}.WARNING{color:#a60}")
                .append("</style></head><body>");
        html.append("<h1>Enrichment benchmark: ").append(Html.escape(r.scale)).append(" scale</h1>");
        Machine m = r.machine;
        html.append(String.format(Locale.ROOT,
                "<p>%s. %,d recipients, %,d awards (seed %d); %d run(s) per contender, medians shown; parallelism %d, heap %s.<br>"
                        + "Machine: %d cores, %,d MiB, %s, %s; load average %.2f at start%s.</p>",
                Html.escape(r.timestamp), r.recipients, r.awards, r.seed, r.runsPerContender, r.parallelism,
                Html.escape(r.heap), m.cores, m.memoryMb, Html.escape(m.cpu), Html.escape(m.java),
                m.loadAverageAtStart, r.commit == null ? "" : "; commit " + Html.escape(r.commit)));

        html.append("<table><tr><th>figure</th>");
        r.contenders.keySet().forEach(name -> html.append("<th>").append(Html.escape(name)).append("</th>"));
        html.append("</tr>");
        for (Figures.Figure f : Figures.ALL) {
            if (r.contenders.values().stream().noneMatch(c -> c.median.get(f.key()) != null)) {
                continue;
            }
            html.append("<tr><td>").append(Html.escape(f.label())).append("</td>");
            r.contenders.values().forEach(c -> html.append("<td class=\"n\">")
                    .append(Html.escape(Figures.format(f, c.median.get(f.key())))).append("</td>"));
            html.append("</tr>");
        }
        html.append("</table>");
        html.append("<ul>");
        r.contenders.values().forEach(c -> html.append("<li><b>").append(Html.escape(c.name)).append("</b>: ")
                .append(Html.escape(c.description)).append("</li>"));
        html.append("</ul>");
        for (ContenderResult c : r.contenders.values()) {
            for (int i = 0; i < c.runs.size(); i++) {
                if (c.runs.get(i).discarded != null) {
                    html.append("<p class=\"WARNING\">").append(Html.escape(c.name)).append(" run ").append(i + 1)
                            .append(" discarded: ").append(Html.escape(c.runs.get(i).discarded)).append("</p>");
                }
            }
        }
        List<String> compared = MarkdownSummary.comparedContenders(r);
        if (!compared.isEmpty()) {
            html.append("<h2>Against the DuckDB peer of this benchmark</h2><table><tr><th>ratio</th>");
            compared.forEach(name -> html.append("<th>").append(Html.escape(name)).append("</th>"));
            html.append("</tr>");
            for (Ratios.Row row : Ratios.ROWS) {
                if (compared.stream().noneMatch(c -> r.ratios.containsKey(Ratios.key(c, row.suffix())))) {
                    continue;
                }
                html.append("<tr><td>").append(Html.escape(row.label())).append("</td>");
                compared.forEach(c -> html.append("<td class=\"n\">")
                        .append(MarkdownSummary.ratio(r.ratios.get(Ratios.key(c, row.suffix())))).append("</td>"));
                html.append("</tr>");
            }
            html.append("</table><p>From the medians. Time ratios below 1 and \"times faster\" above 1 favour the job;"
                    + " leads are the job minus DuckDB, in percentage points.</p>");
        }

        if (r.regression != null) {
            html.append("<h2>Against the baseline of ").append(Html.escape(r.regression.baselineTimestamp()))
                    .append(" (").append(Html.escape(Contender.JUDGED.label)).append(", decides the verdict): <span class=\"")
                    .append(r.regression.verdict()).append("\">").append(r.regression.verdict()).append("</span></h2>");
            comparison(html, r.regression);
        } else if (r.baselineNote != null) {
            html.append("<p>Not compared with the baseline: ").append(Html.escape(r.baselineNote)).append(".</p>");
        }
        r.alsoCompared.forEach((name, c) -> {
            html.append("<h3>").append(Html.escape(name)).append(" against the baseline of ")
                    .append(Html.escape(c.baselineTimestamp())).append(" (reported, does not decide): <span class=\"")
                    .append(c.verdict()).append("\">").append(c.verdict()).append("</span></h3>");
            comparison(html, c);
        });

        html.append("<h2>Trends (").append(history.size()).append(" benchmarks at this scale)</h2>")
                .append("<p>Dashed lines are contenders of earlier designs (e.g. flink-keyed), kept as history.</p>");
        for (Figures.Figure f : Figures.TRENDS) {
            html.append("<h3>").append(Html.escape(f.label())).append("</h3>").append(TrendChart.svg(f, history));
        }
        return html.append("</body></html>\n").toString();
    }

    private static void comparison(StringBuilder html, RegressionCheck.Comparison c) {
        html.append("<table><tr><th>figure</th><th>baseline</th><th>now</th><th>change</th><th>verdict</th></tr>");
        for (RegressionCheck.Finding f : c.findings()) {
            Figures.Figure figure = Figures.of(f.metric());
            html.append("<tr><td>").append(Html.escape(figure.label())).append("</td><td class=\"n\">")
                    .append(Html.escape(Figures.format(figure, f.baseline()))).append("</td><td class=\"n\">")
                    .append(Html.escape(Figures.format(figure, f.current()))).append("</td><td class=\"n\">")
                    .append(f.change() == null ? "not compared"
                            : String.format(Locale.ROOT, "%+.2f %s", f.change(), f.unit()))
                    .append("</td><td class=\"").append(f.verdict()).append("\">").append(f.verdict())
                    .append("</td></tr>");
        }
        html.append("</table>");
    }
}

package dev.sbirenrich.report;

import java.util.List;

/**
 * run-report.html: one self-contained file (inline CSS and SVG, no scripts, no network) that any
 * browser shows offline.
 */
final class HtmlRunReport {
    private static final String STYLE = """
            body{font-family:sans-serif;margin:2em auto;max-width:960px;color:#222}
            h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;margin:.5em 0}td,th{padding:3px 10px;border-bottom:1px solid #eee;text-align:left}
            td:not(:first-child){text-align:right}.note{color:#555}
            svg.chart text{font-size:12px;fill:#222}
            """;

    private HtmlRunReport() {}

    static String render(List<ReportSection> sections) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>sbir-enrich run report</title><style>" + STYLE + "</style></head><body>\n"
                + "<h1>sbir-enrich run report</h1>\n");
        for (ReportSection section : sections) {
            html.append("<section><h2>").append(escape(section.title())).append("</h2>\n");
            if (section.note() != null) {
                html.append("<p class=\"note\">").append(escape(section.note())).append("</p>\n");
            }
            if (section.chart() != null) {
                html.append(SvgBarChart.render(section.chart())).append('\n');
            }
            if (!section.rows().isEmpty()) {
                html.append("<table>");
                if (section.header().stream().anyMatch(h -> !h.isEmpty())) {
                    html.append("<tr>");
                    section.header().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
                    html.append("</tr>");
                }
                for (List<String> row : section.rows()) {
                    html.append("<tr>");
                    row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
                    html.append("</tr>");
                }
                html.append("</table>\n");
            }
            html.append("</section>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    /** Markup characters as entities, invisible formatting characters made visible ({@link InputText}). */
    static String escape(String text) {
        return InputText.visible(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

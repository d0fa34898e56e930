package dev.sbirenrich.report;

import java.util.List;

/** run-report.md: the report's sections as Markdown tables. */
final class MarkdownRunReport {
    private MarkdownRunReport() {}

    static String render(List<ReportSection> sections) {
        StringBuilder md = new StringBuilder("# sbir-enrich run report\n");
        for (ReportSection section : sections) {
            md.append("\n## ").append(section.title()).append("\n\n");
            if (section.note() != null) {
                md.append(section.note()).append("\n\n");
            }
            if (section.rows().isEmpty()) {
                continue;
            }
            md.append(row(section.header()));
            md.append(row(section.header().stream().map(h -> "---").toList()));
            section.rows().forEach(r -> md.append(row(r)));
        }
        return md.toString();
    }

    /** Input text in a cell stays text: markup as entities, as a Markdown viewer would otherwise render raw HTML. */
    private static String row(List<String> cells) {
        StringBuilder line = new StringBuilder("|");
        for (String cell : cells) {
            String text = InputText.visible(cell.replace("\n", " "))
                    .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|");
            line.append(' ').append(text).append(" |");
        }
        return line.append('\n').toString();
    }
}

package dev.sbirenrich.report;

import java.util.List;
import java.util.Locale;

/** Draws a {@link ReportSection.Chart} as inline SVG: horizontal bars, value at the end of each bar. */
final class SvgBarChart {
    static final String[] COLOURS = {"#2f6db5", "#e08a1e"};
    private static final int LABEL_WIDTH = 170;
    private static final int BAR_AREA = 440;
    private static final int VALUE_WIDTH = 90;
    private static final int BAR_HEIGHT = 16;
    private static final int GAP = 8;

    private SvgBarChart() {}

    static String render(ReportSection.Chart chart) {
        int seriesCount = chart.series().size();
        int groupHeight = seriesCount * BAR_HEIGHT + GAP;
        int legendHeight = seriesCount > 1 ? 24 : 0;
        int height = legendHeight + chart.labels().size() * groupHeight + GAP;
        int width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;
        double max = chart.percent() ? 1.0 : maxValue(chart.series());
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">",
                width, height, width, height));
        if (seriesCount > 1) {
            for (int s = 0; s < seriesCount; s++) {
                int x = LABEL_WIDTH + s * 160;
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"4\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"14\">%s</text>",
                        x, COLOURS[s % COLOURS.length], x + 18, HtmlRunReport.escape(chart.series().get(s).name())));
            }
        }
        for (int i = 0; i < chart.labels().size(); i++) {
            int top = legendHeight + i * groupHeight + GAP / 2;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    LABEL_WIDTH - 8, top + groupHeight / 2 + 2, HtmlRunReport.escape(chart.labels().get(i))));
            for (int s = 0; s < seriesCount; s++) {
                double value = chart.series().get(s).values().get(i);
                int barWidth = max == 0 ? 0 : (int) Math.round(BAR_AREA * Math.min(1.0, value / max));
                int y = top + s * BAR_HEIGHT;
                svg.append(String.format(Locale.ROOT,
                        "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>"
                                + "<text x=\"%d\" y=\"%d\">%s</text>",
                        LABEL_WIDTH, y, barWidth, BAR_HEIGHT - 2, COLOURS[s % COLOURS.length],
                        LABEL_WIDTH + barWidth + 4, y + BAR_HEIGHT - 4,
                        chart.percent() ? ReportSections.percent(value) : ReportSections.count(Math.round(value))));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static double maxValue(List<ReportSection.Series> series) {
        return series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
    }
}

package dev.sbirenrich.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One figure over the benchmark history as an inline SVG line chart, one line per contender. */
final class TrendChart {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int LEFT = 70;
    private static final int RIGHT = 130;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
        "#e377c2", "#7f7f7f"};

    private TrendChart() {}

    static String svg(Figures.Figure figure, List<BenchmarkResult> history) {
        List<String> contenders = new ArrayList<>();
        double max = 0;
        // Only contenders with the figure get a line: earlier designs lack some (CPU time, reference phase).
        for (BenchmarkResult r : history) {
            for (Map.Entry<String, ContenderResult> c : r.contenders.entrySet()) {
                Double v = value(c.getValue(), figure);
                if (v != null) {
                    max = Math.max(max, v);
                    if (!contenders.contains(c.getKey())) {
                        contenders.add(c.getKey());
                    }
                }
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">",
                WIDTH, HEIGHT, Html.escape(figure.label())));
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>",
                LEFT, TOP, plotWidth, plotHeight));
        double top = max <= 0 ? 1 : max * 1.1;
        for (int tick = 0; tick <= 4; tick++) {
            double value = top * tick / 4;
            double y = TOP + plotHeight - plotHeight * tick / 4.0;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>",
                    LEFT, LEFT + plotWidth, y, y, LEFT - 5, y + 4, Html.escape(Figures.format(figure, value))));
        }
        int n = history.size();
        for (int i = 0; i < n; i++) {
            if (n <= 8 || i % Math.ceil(n / 8.0) == 0 || i == n - 1) {
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
                        x(i, n, plotWidth), HEIGHT - BOTTOM + 15, Html.escape(shortDate(history.get(i).timestamp))));
            }
        }
        for (int c = 0; c < contenders.size(); c++) {
            String colour = COLOURS[c % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < n; i++) {
                Double v = value(history.get(i).contenders.get(contenders.get(c)), figure);
                if (v == null) {
                    continue;
                }
                double px = x(i, n, plotWidth);
                double py = TOP + plotHeight - plotHeight * v / top;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
                svg.append(String.format(Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s %s: %s</title></circle>",
                        px, py, colour, Html.escape(contenders.get(c)), Html.escape(history.get(i).timestamp),
                        Html.escape(Figures.format(figure, v))));
            }
            // Contenders of earlier designs (flink-keyed, ...) stay in the history: dashed, marked as such.
            boolean current = Contender.isCurrent(contenders.get(c));
            svg.append(String.format(Locale.ROOT,
                    "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>"
                            + "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"%s\">%s</text>",
                    points.toString().strip(), colour, current ? "" : " stroke-dasharray=\"4 3\"",
                    WIDTH - RIGHT + 10, TOP + 15 + 16 * c, colour,
                    Html.escape(contenders.get(c) + (current ? "" : " (earlier)"))));
        }
        return svg.append("</svg>").toString();
    }

    private static Double value(ContenderResult result, Figures.Figure figure) {
        return result == null || result.median == null ? null : result.median.get(figure.key());
    }

    private static double x(int i, int n, int plotWidth) {
        return n == 1 ? LEFT + plotWidth / 2.0 : LEFT + 10 + (plotWidth - 20) * i / (double) (n - 1);
    }

    private static String shortDate(String timestamp) {
        return timestamp == null || timestamp.length() < 16 ? String.valueOf(timestamp) : timestamp.substring(5, 16);
    }
}

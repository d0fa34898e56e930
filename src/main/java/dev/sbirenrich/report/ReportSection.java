package dev.sbirenrich.report;

import java.util.List;

/**
 * One section of the run report as data: a table and, where a picture helps, a bar chart of one of
 * its columns. The Markdown and HTML renderers draw the same sections.
 *
 * @param chart null when the section has no chart
 */
record ReportSection(String title, String note, List<String> header, List<List<String>> rows, Chart chart) {

    /** Horizontal bars, one group per label, one bar per series. */
    record Chart(List<String> labels, List<Series> series, boolean percent) {}

    /** @param values one per label; fractions (0..1) when the chart is in percent, else counts */
    record Series(String name, List<Double> values) {}
}

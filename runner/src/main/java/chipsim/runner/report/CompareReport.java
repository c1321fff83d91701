package chipsim.runner.report;

import chipsim.runner.Version;
import chipsim.runner.analysis.compare.PairedDifference;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report of chipsim compare: per quarters.csv column, B - A quarter by quarter with its 95%
 * band over the paired seeds, and every metric's paired difference in a table.
 */
public final class CompareReport {

    /** One column's differences, quarter by quarter. */
    public record Column(String name, List<PairedDifference> byQuarter) {}

    /** One metric's difference over the whole run. */
    public record Metric(String name, PairedDifference difference) {}

    private CompareReport() {}

    public static void write(Path file, String a, String b, int seeds, List<String> quarters, int firstDifferent,
            List<Column> columns, List<Metric> metrics) throws IOException {
        List<Figure.Choice> choices = new ArrayList<>();
        for (Column column : columns) {
            choices.add(new Figure.Choice(column.name(), SweepFigures.choiceLabel(column.name()),
                    chart(column, quarters, firstDifferent)));
        }
        List<Block> blocks = new ArrayList<>();
        if (!choices.isEmpty()) {
            blocks.add(new Figure("difference-by-quarter", "B − A quarter by quarter", "column", choices));
        }
        blocks.add(table(metrics));
        String header = "<h1>" + Html.text(a) + " → " + Html.text(b) + " <span class=\"kind\">paired comparison</span>"
                + "</h1>\n<dl class=\"facts\">" + fact("A", a) + fact("B", b) + fact("seeds", seeds + ", the same for"
                + " both (common random numbers)") + fact("B first differs", firstDifferent < 0 ? "never"
                : quarters.get(firstDifferent)) + fact("report by", "chipsim " + Version.get()) + "</dl>\n"
                + "<p class=\"description\">Each difference is B − A with the same seed, averaged over the seeds;"
                + " bands and intervals are 95% confidence intervals of that mean (Student's t).</p>\n";
        ReportPage page = new ReportPage("chipsim compare: " + a + " vs " + b, header, blocks);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            HtmlPage.write(page, out);
        }
    }

    private static SeriesChart chart(Column column, List<String> quarters, int firstDifferent) {
        List<Double> mean = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        List<Double> zero = new ArrayList<>();
        for (PairedDifference d : column.byQuarter()) {
            // A quarter with no value (a price nobody set) stays a gap; one seed has no interval.
            Double m = Double.isNaN(d.mean()) ? null : Double.valueOf(d.mean());
            mean.add(m);
            low.add(Double.isNaN(d.low()) ? m : Double.valueOf(d.low()));
            high.add(Double.isNaN(d.high()) ? m : Double.valueOf(d.high()));
            zero.add(0.0);
        }
        Unit unit = MetricLabels.unit(column.name());
        PairedDifference end = column.byQuarter().get(column.byQuarter().size() - 1);
        String reading = (firstDifferent > 0 ? "B − A is exactly 0 up to " + quarters.get(firstDifferent - 1) + ". "
                : "") + "In " + quarters.get(quarters.size() - 1) + " B − A is " + unit.format(end.mean())
                + (Double.isNaN(end.low()) ? "" : " (95% CI " + unit.format(end.low()) + " to " + unit.format(end.high())
                + (end.differs() ? ")" : "; the interval reaches 0)")) + ".";
        return SeriesChart.overCategories(MetricLabels.label(column.name()) + ": B − A", reading, "quarter", quarters,
                "B − A, mean over seeds with 95% CI", unit, List.of(
                        Series.band("B − A", mean, low, high).withColor(Palette.series(0)),
                        Series.line("zero", zero).withColor(Palette.GAP)));
    }

    private static HtmlBlock table(List<Metric> metrics) {
        StringBuilder html = new StringBuilder("<p class=\"reading\">Every metric over the whole run; * marks a"
                + " difference whose 95% interval excludes 0. Click a heading to sort.</p>\n<div class=\"table-scroll\">"
                + "<table class=\"sortable points\"><thead><tr><th>metric</th><th>A</th><th>B</th><th>B − A</th>"
                + "<th>95% CI</th></tr></thead><tbody>\n");
        for (Metric m : metrics) {
            PairedDifference d = m.difference();
            Unit unit = Unit.guess(m.name());
            html.append("<tr><td>").append(Html.text(m.name())).append("</td><td>").append(Html.text(unit.format(
                    d.meanA()))).append("</td><td>").append(Html.text(unit.format(d.meanB()))).append("</td><td data-value=\"")
                    .append(Double.isNaN(d.mean()) ? "" : Double.toString(d.mean())).append("\">")
                    .append(Html.text(unit.format(d.mean()) + (d.differs() ? " *" : ""))).append("</td><td>")
                    .append(Html.text(Double.isNaN(d.low()) ? "" : unit.format(d.low()) + " to " + unit.format(d.high())))
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table></div>\n");
        return new HtmlBlock("metrics", "Paired differences of every metric", html.toString());
    }

    private static String fact(String term, String value) {
        return "<div><dt>" + Html.text(term) + "</dt><dd>" + Html.text(value) + "</dd></div>";
    }
}

package chipsim.runner.report;

import chipsim.runner.Version;
import chipsim.runner.report.SweepData.Point;
import chipsim.runner.report.SweepData.Stat;
import java.util.ArrayList;
import java.util.List;

/** The sweep report's page: how each outcome moves with each setting, and every point in a sortable table. */
public final class SweepReport {

    private SweepReport() {}

    public static ReportPage build(SweepData sweep) {
        SweepFigures figures = new SweepFigures(sweep);
        List<Block> blocks = new ArrayList<>(new SweepSensitivityFigures(sweep.sensitivity()).blocks());
        for (int a = 0; a < sweep.axes().size(); a++) {
            blocks.add(figures.againstAxis(a));
        }
        blocks.addAll(figures.heatmaps());
        blocks.add(pointsTable(sweep));
        return new ReportPage("chipsim sweep: " + sweep.name(), header(sweep), blocks);
    }

    private static String header(SweepData sweep) {
        StringBuilder html = new StringBuilder();
        html.append("<h1>").append(Html.text(sweep.name())).append(" <span class=\"kind\">sweep report</span></h1>\n");
        if (!sweep.description().isEmpty()) {
            html.append("<p class=\"description\">").append(Html.text(sweep.description())).append("</p>\n");
        }
        String runs = sweep.runs().map(n -> n + (sweep.failedRuns() > 0 ? " (" + sweep.failedRuns() + " failed)" : ""))
                .orElse("runs.csv not found");
        html.append("<dl class=\"facts\">")
                .append(fact("axes", String.join(", ", sweep.axes())))
                .append(fact("points", String.valueOf(sweep.points().size())))
                .append(fact("runs", runs))
                .append(fact("metrics", String.valueOf(sweep.metrics().size())))
                .append(fact("report by", "chipsim " + Version.get()))
                .append("</dl>\n");
        if (!sweep.provenance().isEmpty()) {
            html.append("<details><summary>Provenance</summary><ul>");
            sweep.provenance().forEach(line -> html.append("<li><code>").append(Html.text(line)).append("</code></li>"));
            html.append("</ul></details>\n");
        }
        html.append("<p class=\"description\">Each chart shows one metric at a time: pick it from the list above"
                + " the chart. Bands and intervals are the 95% confidence intervals of summary.csv.</p>\n");
        return html.toString();
    }

    private static String fact(String term, String value) {
        return "<div><dt>" + Html.text(term) + "</dt><dd>" + Html.text(value) + "</dd></div>";
    }

    /** Every point with each metric's mean; a click on a heading sorts by it, the cell's tooltip gives the interval. */
    static HtmlBlock pointsTable(SweepData sweep) {
        StringBuilder html = new StringBuilder("<p class=\"reading\">Click a heading to sort the points by it.</p>\n"
                + "<div class=\"table-scroll\"><table class=\"sortable points\"><thead><tr><th>point</th>");
        sweep.axes().forEach(axis -> html.append("<th>").append(Html.text(axis)).append("</th>"));
        html.append("<th>n</th>");
        sweep.metrics().forEach(metric -> html.append("<th title=\"").append(Html.text(MetricLabels.label(metric)))
                .append("\">").append(Html.text(metric)).append("</th>"));
        html.append("</tr></thead><tbody>\n");
        for (Point p : sweep.points()) {
            html.append("<tr>").append(cell(p.id(), p.id(), null));
            for (String axis : sweep.axes()) {
                String value = p.axisValues().get(axis);
                html.append(cell(value, value, null));
            }
            html.append(cell(Double.isNaN(p.n()) ? "" : Unit.COUNT.format(p.n()), number(p.n()), null));
            for (String metric : sweep.metrics()) {
                Stat stat = p.stats().get(metric);
                Unit unit = MetricLabels.unit(metric);
                String interval = stat.hasInterval() ? "95% CI " + unit.format(stat.ciLow()) + " to "
                        + unit.format(stat.ciHigh()) + (Double.isNaN(stat.sd()) ? "" : "; sd " + unit.format(stat.sd()))
                        : null;
                html.append(cell(unit.format(stat.mean()), number(stat.mean()), interval));
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table></div>\n");
        return new HtmlBlock("points", "Points of the sweep", html.toString());
    }

    private static String cell(String shown, String sortValue, String title) {
        return "<td data-value=\"" + Html.text(sortValue) + "\"" + (title == null ? "" : " title=\"" + Html.text(title)
                + "\"") + ">" + Html.text(shown) + "</td>";
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}

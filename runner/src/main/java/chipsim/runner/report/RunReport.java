package chipsim.runner.report;

import chipsim.runner.Version;
import chipsim.runner.report.RunData.AgentPolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The run report's page: a header on the scenario, the market's story in charts, the final quarter's figures. */
public final class RunReport {

    private RunReport() {}

    public static ReportPage build(RunData run) {
        MarketFigures market = new MarketFigures(run);
        AgentFigures agents = new AgentFigures(run);
        PolicyFigures policy = new PolicyFigures(run);
        ClearingFigures clearing = new ClearingFigures(run);
        List<Block> blocks = new ArrayList<>();
        List<String> notShown = new ArrayList<>();
        add(blocks, notShown, "prices by chip", market::prices);
        add(blocks, notShown, "units shipped to China", market::unitsToChina);
        add(blocks, notShown, "Huawei's share (quarters.csv: huawei_share_china)", market::huaweiShare);
        add(blocks, notShown, "installed compute (quarters.csv: china_compute_h100e, us_compute_h100e)",
                market::compute);
        add(blocks, notShown, "Nvidia's revenue and fees", market::nvidiaRevenue);
        add(blocks, notShown, "unmet demand (agents' unmetH100e)", agents::unmetDemand);
        add(blocks, notShown, "market clearing (quarters.csv: left_on_table_usd)", clearing::clearing);
        add(blocks, notShown, "payoffs", agents::payoffs);
        blocks.add(policy.timeline());
        add(blocks, notShown, "export status (trace rules.export.statusByChip)", policy::exportStatus);
        blocks.add(policy.eventLog());
        add(blocks, notShown, "messages by kind", policy::messages);
        blocks.add(finalQuarterTable(run));
        String name = run.scenario().name().isEmpty() ? run.folderName() : run.scenario().name();
        return new ReportPage("chipsim run: " + name, header(run, name, notShown), blocks);
    }

    private static void add(List<Block> blocks, List<String> notShown, String what, Supplier<Optional<Figure>> figure) {
        figure.get().ifPresentOrElse(blocks::add, () -> notShown.add(what));
    }

    private static String header(RunData run, String name, List<String> notShown) {
        RunData.ScenarioSummary s = run.scenario();
        StringBuilder html = new StringBuilder();
        html.append("<h1>").append(Html.text(name)).append(" <span class=\"kind\">run report</span></h1>\n");
        if (!s.description().isEmpty()) {
            html.append("<p class=\"description\">").append(Html.text(s.description())).append("</p>\n");
        }
        html.append("<dl class=\"facts\">")
                .append(fact("seed", s.seed().isEmpty() ? "?" : s.seed()))
                .append(fact("horizon", run.quarters().get(0) + " – " + run.lastQuarter() + " ("
                        + run.quarters().size() + " quarters" + (s.end().isEmpty() || s.end().equals(run.lastQuarter())
                        ? "" : "; the scenario runs to " + s.end()) + ")"))
                .append(fact("report by", "chipsim " + Version.get()))
                .append("</dl>\n");
        if (!s.agents().isEmpty()) {
            html.append("<details open><summary>Policies in play</summary>\n<table class=\"policies\"><thead><tr>"
                    + "<th>agent</th><th>role</th><th>policy</th><th>parameters</th></tr></thead><tbody>\n");
            for (AgentPolicy agent : s.agents()) {
                html.append("<tr><td>").append(Html.text(agent.id())).append("</td><td>").append(Html.text(agent.role()))
                        .append("</td><td>").append(Html.text(agent.policy())).append("</td><td class=\"params\">")
                        .append(Html.text(agent.params())).append("</td></tr>\n");
            }
            html.append("</tbody></table></details>\n");
        }
        if (!notShown.isEmpty()) {
            html.append("<p class=\"note\">Not shown, because this run's files lack their data: ")
                    .append(Html.text(String.join("; ", notShown))).append(".</p>\n");
        }
        return html.toString();
    }

    private static String fact(String term, String value) {
        return "<div><dt>" + Html.text(term) + "</dt><dd>" + Html.text(value) + "</dd></div>";
    }

    /** The last quarter's value of every column of quarters.csv, headline figures first, beside the first quarter's. */
    static HtmlBlock finalQuarterTable(RunData run) {
        Set<String> columns = new LinkedHashSet<>();
        for (String headline : MetricLabels.headlines()) {
            if (run.metrics().containsKey(headline)) {
                columns.add(headline);
            }
        }
        columns.addAll(run.metrics().keySet());
        int last = run.quarters().size() - 1;
        StringBuilder html = new StringBuilder("<table class=\"final\"><thead><tr><th>figure</th><th>column</th><th>")
                .append(Html.text(run.lastQuarter())).append("</th><th>").append(Html.text(run.quarters().get(0)))
                .append("</th></tr></thead><tbody>\n");
        for (String column : columns) {
            List<Double> values = run.metrics().get(column);
            Unit unit = MetricLabels.unit(column);
            html.append("<tr").append(MetricLabels.isHeadline(column) ? " class=\"headline\"" : "").append("><td>")
                    .append(Html.text(MetricLabels.label(column))).append("</td><td><code>").append(Html.text(column))
                    .append("</code></td><td class=\"num\" title=\"").append(Html.text(raw(values.get(last))))
                    .append("\">").append(Html.text(unit.format(values.get(last)))).append("</td><td class=\"num\">")
                    .append(Html.text(unit.format(values.get(0)))).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
        return new HtmlBlock("final-quarter", "Figures of the final quarter, " + run.lastQuarter(), html.toString());
    }

    private static String raw(double value) {
        return Double.isNaN(value) ? "" : chipsim.runner.output.Numbers.format(value);
    }
}
